import ArgumentParser

/// What `anneal report` writes.
enum ReportPageFormat: String, ExpressibleByArgument, CaseIterable {
    /// One self-contained HTML page.
    case html
    /// Plain text, with terminal plots of the curves when drawing.
    case text
}
