import Drift
import Foundation
import Reports

/// The self-contained HTML page of `anneal drift --out report.html`: the verdict table, then reference-vs-current
/// histograms of numeric columns (drifted first, at most `chartLimit`) and category shares of drifted categorical
/// columns.
enum DriftHTMLReport {
    /// Most charts on one page; a wide table keeps the page readable and quick to open.
    static let chartLimit = 20
    /// Most categories listed per categorical column.
    static let categoryLimit = 20
    /// Bins of each histogram.
    static let bins = 30

    /// Builds the page.
    /// - Parameters:
    ///   - summary: the verdicts.
    ///   - reference: the reference summary (its samples are the reference histograms).
    ///   - current: the current columns by name.
    ///   - facts: key-value lines under the title (files, rows, options).
    ///   - prediction: the model's outputs, when `--model` was given: their table and histograms, apart.
    static func make(
        _ summary: DriftSummary, reference: ReferenceProfile, current: [String: DriftColumn],
        facts: [(String, String)], prediction: PredictionDrift? = nil
    ) -> HTMLReport {
        var report = HTMLReport(
            title: "Data drift", subtitle: summary.verdict,
            footer: "anneal drift, \(ISO8601DateFormatter().string(from: Date()))")
        report.keyValues(facts + (summary.automaticChoices.map { [("auto chose", $0)] } ?? []))
        let header = ["column", "test", "statistic", "p_value", "threshold", "drifted"]
        let all = summary.features.columns + (summary.target.map { [$0] } ?? [])
        report.section("Columns") { section in
            section.table(columns: header, rows: summary.features.columns.map(row), caption: summary.verdict)
            if let target = summary.target {
                section.table(columns: header, rows: [row(target)], caption: "target (not counted in drift_share)")
            }
            if let prediction {
                section.table(
                    columns: header, rows: prediction.columns.map(row),
                    caption: "prediction: the model's outputs (not counted in drift_share)")
            }
        }
        report.section("Distributions") { section in
            distributions(all, reference: reference, current: current, in: &section)
        }
        if let prediction {
            report.section("Prediction distributions") { section in
                distributions(
                    prediction.columns, reference: prediction.reference, current: prediction.current, in: &section)
            }
        }
        return report
    }

    /// Histograms of the numeric columns (drifted first, at most `chartLimit`) and category shares of the
    /// drifted categorical ones.
    private static func distributions(
        _ drifts: [ColumnDrift], reference: ReferenceProfile, current: [String: DriftColumn],
        in section: inout HTMLSection
    ) {
        let ordered = drifts.filter(\.drifted) + drifts.filter { !$0.drifted }
        let numeric = ordered.filter { current[$0.column]?.numbers != nil }
        for drift in numeric.prefix(chartLimit) {
            guard let values = current[drift.column]?.numbers,
                let chart = histogram(drift, reference: reference.column(drift.column), current: values)
            else { continue }
            section.chart(chart, caption: caption(drift, reference.column(drift.column)))
        }
        if numeric.count > chartLimit {
            section.paragraph(
                "\(numeric.count - chartLimit) more numeric columns are not charted (limit \(chartLimit)).")
        }
        for drift in ordered where drift.drifted && current[drift.column]?.numbers == nil {
            guard case .categorical(let labels)? = current[drift.column]?.values,
                let counts = reference.column(drift.column)?.categories
            else { continue }
            section.table(
                columns: ["category", "reference share", "current share"],
                rows: categoryRows(reference: counts, current: CategoryCounts(labels)),
                caption: "\(drift.column): category shares "
                    + "(\(drift.test.rawValue) = \(DriftSummary.number(drift.statistic)))"
            )
        }
    }

    private static func row(_ drift: ColumnDrift) -> [String] {
        [
            drift.column, drift.test.rawValue, DriftSummary.number(drift.statistic),
            DriftSummary.number(drift.pValue), DriftSummary.number(drift.threshold), drift.drifted ? "yes" : "no",
        ]
    }

    private static func caption(_ drift: ColumnDrift, _ reference: ColumnReference?) -> String {
        let sketch = reference?.isSketch == true ? "; reference drawn from its quantile sketch" : ""
        let p = drift.pValue.map { ", p = \(DriftSummary.number($0))" } ?? ""
        return "\(drift.drifted ? "drifted" : "no drift"): \(drift.test.rawValue) = "
            + "\(DriftSummary.number(drift.statistic))\(p), threshold \(DriftSummary.number(drift.threshold))\(sketch)"
    }

    /// Reference and current overlaid as fractions over shared bins; `nil` when the reference has no sample.
    static func histogram(_ drift: ColumnDrift, reference: ColumnReference?, current: [Double]) -> Histogram? {
        guard let sample = reference?.sample?.values,
            let edges = try? HistogramSeries.edges(count: bins, covering: sample, current),
            let before = try? HistogramSeries(name: "reference", values: sample, edges: edges),
            let after = try? HistogramSeries(name: "current", values: current, edges: edges)
        else { return nil }
        return Histogram(
            title: drift.column, xLabel: drift.column, series: [before, after], normalization: .fraction,
            width: 640, height: 320)
    }

    /// The most frequent categories (over both sides) with their shares on each side.
    static func categoryRows(reference: CategoryCounts, current: CategoryCounts) -> [[String]] {
        let (referenceTotal, currentTotal) = (Double(max(reference.total, 1)), Double(max(current.total, 1)))
        let categories = reference.union(current).sorted {
            let (left, right) = (reference[$0] + current[$0], reference[$1] + current[$1])
            return left != right ? left > right : $0 < $1
        }
        return categories.prefix(categoryLimit).map { category in
            [
                category, DriftSummary.number(Double(reference[category]) / referenceTotal),
                DriftSummary.number(Double(current[category]) / currentTotal),
            ]
        }
    }
}
