import ArgumentParser

/// How a command prints its result.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// Aligned, readable text.
    case table
    /// Comma-separated values with a header row.
    case csv
    /// JSON for other programs.
    case json
}

/// How a report-style command prints.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    /// Human-readable text.
    case text
    /// JSON for other programs.
    case json
}
