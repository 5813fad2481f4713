import Datasets
import Foundation
import Reports
import Sweeps

/// The HTML page of `anneal compare --out`: the leaderboard, the paired tests and the trials, the schedules' rate
/// curves overlaid, and their validation and training loss (and accuracy) as the mean over seeds with a 95% band.
enum CompareReportPage {
    /// Builds the page.
    static func make(
        result: ScheduleComparisonResult, leaderboard: Leaderboard, facts: [(String, String)], task: PredictionTask
    ) -> ComparisonReport {
        var page = ComparisonReport(
            title: "Schedule comparison", verdict: leaderboard.verdict,
            footer: "anneal compare, \(ISO8601DateFormatter().string(from: Date()))")
        page.facts = facts
        page.bandCaption =
            "mean over seeds at each step, band: \(Int((leaderboard.confidenceLevel * 100).rounded()))% t-interval"
        page.tables.append(leaderboardTable(leaderboard, task: task))
        if !leaderboard.comparisons.isEmpty {
            page.tables.append(
                ComparisonTable(
                    title: "Paired tests",
                    columns: [
                        "leader", "other", "seeds", "mean difference", "bootstrap interval", "paired t p",
                        "Holm p", "Wilcoxon p", "significant",
                    ],
                    rows: leaderboard.comparisons.map { c in
                        [
                            c.leader, c.other, "\(c.seeds)", c.meanDifference.map(CompareSummary.number) ?? "-",
                            interval(c.lower, c.upper), CompareSummary.p(c.tTestPValue),
                            CompareSummary.p(c.adjustedPValue),
                            CompareSummary.p(c.wilcoxonPValue), c.significant ? "yes" : "no",
                        ]
                    },
                    caption: "difference = leader − other in \(leaderboard.metric); paired over the same seeds"))
        }
        page.tables.append(trialsTable(result))
        let level = leaderboard.confidenceLevel
        for schedule in result.schedules {
            if let rates = result.trials(of: schedule).compactMap({ $0.outcome?.curves[TrialOutcome.Key.rate] }).first,
                let curve = try? ComparisonCurve(
                    name: schedule, steps: rates.map { Double($0.step) }, mean: rates.map(\.value))
            {
                page.rateCurves.append(curve)
            }
            func band(_ key: String) -> ComparisonCurve? {
                result.band(schedule: schedule, key: key, confidenceLevel: level).flatMap { band in
                    try? ComparisonCurve(
                        name: schedule, steps: band.steps.map(Double.init), mean: band.mean, lower: band.lower,
                        upper: band.upper)
                }
            }
            if let curve = band(TrialOutcome.Key.validationLoss) { page.validationLossCurves.append(curve) }
            if let curve = band(TrialOutcome.Key.loss) { page.trainingLossCurves.append(curve) }
            if let curve = band(TrialOutcome.Key.validationAccuracy) { page.accuracyCurves.append(curve) }
        }
        return page
    }

    static func leaderboardTable(_ board: Leaderboard, task: PredictionTask) -> ComparisonTable {
        var columns = ["rank", "schedule", "seeds", "valid loss"]
        if task.isClassification { columns += ["accuracy", "ECE"] }
        columns += ["wall s", "CPU s"]
        if let price = board.price { columns.append(price.label) }
        if board.target != nil {
            columns += ["steps to target", "wall s to target", "CPU s to target", "samples to target"]
        }
        if let price = board.price, board.target != nil { columns.append("\(price.label) to target") }
        let rows = board.rows.map { row -> [String] in
            var cells = [
                row.rank.map {
                    "\($0)" + (row.tiedWith.isEmpty ? "" : " (tied with \(row.tiedWith.joined(separator: ", ")))")
                }
                    ?? "-", row.schedule, "\(row.finished)" + (row.failed > 0 ? " (\(row.failed) failed)" : ""),
                CompareSummary.cell(row.validationLoss),
            ]
            if task.isClassification {
                cells += [CompareSummary.cell(row.validationAccuracy), CompareSummary.cell(row.calibrationError)]
            }
            cells += [CompareSummary.cell(row.wallSeconds), CompareSummary.cell(row.cpuSeconds)]
            if board.price != nil { cells.append(CompareSummary.cell(row.money)) }
            if let reach = row.target {
                cells += [
                    CompareSummary.reached(reach, reach.steps), CompareSummary.cell(reach.wallSeconds),
                    CompareSummary.cell(reach.cpuSeconds), CompareSummary.cell(reach.samples),
                ]
                if board.price != nil { cells.append(CompareSummary.cell(reach.money)) }
            }
            return cells
        }
        let level = "\(Int((board.confidenceLevel * 100).rounded()))%"
        return ComparisonTable(
            title: "Leaderboard", columns: columns, rows: rows,
            caption: "mean ± half-width of the \(level) t-interval over seeds"
                + (board.target.map { "; target \($0)" } ?? "")
                + (board.price.map { price in
                    "; \(price.label) = CPU seconds / 3600 × \(price.perCoreHour) per core-hour"
                } ?? ""))
    }

    static func trialsTable(_ result: ScheduleComparisonResult) -> ComparisonTable {
        ComparisonTable(
            title: "Trials", columns: ["schedule", "seed", "run", "valid loss", "accuracy", "ECE", "wall s", "status"],
            rows: result.trials.map { record in
                let metric = { (key: String) in record.finalMetric(key).map(CompareSummary.number) ?? "-" }
                return [
                    record.spec.schedule, "\(record.spec.seed)", record.outcome?.runID ?? "-",
                    metric(TrialOutcome.Key.validationLoss), metric(TrialOutcome.Key.validationAccuracy),
                    metric(TrialOutcome.Key.calibrationError),
                    record.outcome.map { CompareSummary.number($0.cost.wallSeconds) } ?? "-",
                    record.failure.map { "failed: \($0)" } ?? "finished",
                ]
            })
    }

    static func interval(_ lower: Double?, _ upper: Double?) -> String {
        guard let lower, let upper else { return "-" }
        return "[\(CompareSummary.number(lower)), \(CompareSummary.number(upper))]"
    }
}
