import Foundation

/// Builds one self-contained HTML page: inline CSS and inline SVG charts, no scripts and no network access, with
/// every piece of text escaped. The output is also well-formed XML, so it can be checked with any XML parser.
///
/// ```swift
/// var report = HTMLReport(title: "Schedule comparison")
/// report.keyValues([("seeds", "5"), ("steps", "2000")])
/// report.section("Loss") { section in
///     section.chart(lossChart, caption: "mean over seeds with 95% CI")
///     section.table(columns: ["schedule", "final loss"], rows: [["cosine", "0.041"], ["step", "0.052"]])
/// }
/// try report.write(to: URL(fileURLWithPath: "report.html"))
/// ```
public struct HTMLReport: HTMLContent, Sendable {
    /// The page title (`<title>` and the top heading).
    public var title: String
    /// An optional line under the title.
    public var subtitle: String?
    /// An optional footer line, for example what produced the report and when.
    public var footer: String?
    /// The page's blocks in order.
    public var blocks: [HTMLBlock]

    /// Creates an empty report.
    public init(title: String, subtitle: String? = nil, footer: String? = nil) {
        self.title = title
        self.subtitle = subtitle
        self.footer = footer
        self.blocks = []
    }

    /// Writes the page to a file atomically (a temporary file renamed into place).
    /// - Throws: `ReportsError.Code.writeFailed` naming the path when the file cannot be written.
    public func write(to url: URL) throws {
        try TextFile.write(html(), to: url, what: "report")
    }
}
