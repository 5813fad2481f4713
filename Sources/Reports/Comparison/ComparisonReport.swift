import Foundation

/// The HTML page of a schedule comparison, from plain data: the verdict and facts, the leaderboard and other
/// tables, the schedules' rate curves overlaid, and their loss (and accuracy) curves as the mean over seeds with
/// a shaded confidence band. Self-contained (inline SVG and CSS, no scripts, no network) and well-formed XML.
///
/// ```swift
/// var page = ComparisonReport(title: "Schedules on moons.csv", verdict: "cosine wins …")
/// page.tables.append(ComparisonTable(title: "Leaderboard", columns: ["schedule", "valid loss"], rows: rows))
/// page.rateCurves = [try ComparisonCurve(name: "cosine", steps: steps, mean: rates)]
/// page.validationLossCurves = [try ComparisonCurve(name: "cosine", steps: s, mean: m, lower: lo, upper: hi)]
/// try page.write(to: URL(fileURLWithPath: "report.html"))
/// ```
public struct ComparisonReport: Sendable {
    /// The page title.
    public var title: String
    /// The verdict, shown under the title.
    public var verdict: String
    /// Facts about the comparison (data, seeds, steps, …) in order.
    public var facts: [(String, String)]
    /// Tables, each in its own section, in order (the leaderboard first).
    public var tables: [ComparisonTable]
    /// The learning rate of each schedule by step.
    public var rateCurves: [ComparisonCurve]
    /// The training loss of each schedule by step (mean over seeds, with a band).
    public var trainingLossCurves: [ComparisonCurve]
    /// The validation loss of each schedule by step (mean over seeds, with a band).
    public var validationLossCurves: [ComparisonCurve]
    /// The validation accuracy of each schedule by step (classification).
    public var accuracyCurves: [ComparisonCurve]
    /// A caption under each band chart, e.g. "mean over 5 seeds, 95% t-interval".
    public var bandCaption: String
    /// A footer line (what produced the page and when).
    public var footer: String?

    /// Creates a page with a title and verdict; fill the rest as properties.
    public init(title: String, verdict: String, footer: String? = nil) {
        self.title = title
        self.verdict = verdict
        self.facts = []
        self.tables = []
        self.rateCurves = []
        self.trainingLossCurves = []
        self.validationLossCurves = []
        self.accuracyCurves = []
        self.bandCaption = "mean over seeds with a confidence band"
        self.footer = footer
    }

    /// The page as an `HTMLReport`, to add more sections to.
    public func report() -> HTMLReport {
        var report = HTMLReport(title: title, subtitle: verdict, footer: footer)
        if !facts.isEmpty { report.keyValues(facts) }
        for table in tables {
            report.section(table.title) { $0.table(columns: table.columns, rows: table.rows, caption: table.caption) }
        }
        report.section("Learning rate") { section in
            section.chart(
                Self.chart("Learning rate by step", yLabel: "learning rate", curves: rateCurves),
                caption: "each schedule's rate (of its first seed)")
        }
        report.section("Curves") { section in
            let charts: [(String, String, [ComparisonCurve])] = [
                ("Validation loss", "validation loss", validationLossCurves),
                ("Training loss", "training loss", trainingLossCurves),
                ("Validation accuracy", "accuracy", accuracyCurves),
            ]
            for (title, label, curves) in charts where !curves.isEmpty {
                section.chart(Self.chart(title, yLabel: label, curves: curves), caption: bandCaption)
            }
        }
        return report
    }

    /// The page as HTML text.
    public func html() -> String { report().html() }

    /// Writes the page atomically.
    /// - Throws: `ReportsError.Code.writeFailed` naming the path.
    public func write(to url: URL) throws { try report().write(to: url) }

    /// A line chart of curves over steps.
    static func chart(_ title: String, yLabel: String, curves: [ComparisonCurve]) -> LineChart {
        LineChart(title: title, xLabel: "step", yLabel: yLabel, series: curves.map { $0.series() }, width: 900)
    }
}
