import Foundation
import Sweeps

/// What `anneal compare` prints: the leaderboard as an aligned table with the paired tests and the verdict, or the
/// same as one JSON object (snake_case keys).
struct CompareSummary: Encodable {
    /// A trial that did not finish.
    struct Failure: Encodable {
        let schedule: String
        let seed: UInt64
        let error: String
    }

    /// The experiment the trials were recorded in, if recorded.
    let experiment: String?
    /// The store, if recorded.
    let store: String?
    /// The leaderboard.
    let leaderboard: Leaderboard
    /// Trials that failed.
    let failures: [Failure]

    /// One JSON object.
    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// The leaderboard, the paired tests and the verdict as text.
    var text: String {
        let level = "\(Int((leaderboard.confidenceLevel * 100).rounded()))%"
        var table = TextTable(
            "rank", "schedule", "seeds", "valid loss (\(level) CI)", "accuracy", "ECE", "wall s", "CPU s",
            "steps to target", "wall s to target", "CPU s to target", "samples to target")
        if let price = leaderboard.price {
            // The money columns come last, so a leaderboard without a price leaves them out.
            table = TextTable(
                "rank", "schedule", "seeds", "valid loss (\(level) CI)", "accuracy", "ECE", "wall s", "CPU s",
                "steps to target", "wall s to target", "CPU s to target", "samples to target", price.label,
                "\(price.label) to target")
        }
        for row in leaderboard.rows {
            let reach = row.target
            table.append(
                row.rank.map { "\($0)" + (row.tiedWith.isEmpty ? "" : "=") } ?? "-", row.schedule,
                "\(row.finished)" + (row.failed > 0 ? " (\(row.failed) failed)" : ""), Self.cell(row.validationLoss),
                Self.cell(row.validationAccuracy), Self.cell(row.calibrationError), Self.cell(row.wallSeconds),
                Self.cell(row.cpuSeconds), Self.reached(reach, reach?.steps), Self.cell(reach?.wallSeconds),
                Self.cell(reach?.cpuSeconds), Self.cell(reach?.samples), Self.cell(row.money), Self.cell(reach?.money))
        }
        var lines = [table.text]
        if let target = leaderboard.target { lines.append("target: \(target) (first validation reaching it)\n") }
        if let price = leaderboard.price {
            lines.append(
                "\(price.label) = CPU seconds / 3600 × \(price.perCoreHour) (\(price.perCoreHour)"
                    + "\(price.currency.map { " \($0)" } ?? "") per CPU core-hour), mean over seeds\n")
        }
        for comparison in leaderboard.comparisons {
            lines.append(Self.line(comparison, metric: leaderboard.metric))
        }
        for failure in failures { lines.append("failed: \(failure.schedule) seed \(failure.seed): \(failure.error)\n") }
        lines.append(leaderboard.verdict + "\n")
        if let experiment, let store { lines.append("trials recorded as experiment \(experiment) in \(store)\n") }
        return lines.joined()
    }

    /// `mean ± half-width` (or the mean alone for one seed), `-` when missing.
    static func cell(_ estimate: Estimate?) -> String {
        guard let estimate else { return "-" }
        let mean = number(estimate.mean)
        return estimate.halfWidth.map { "\(mean) ± \(number($0))" } ?? mean
    }

    /// Steps to target with how many seeds reached it.
    static func reached(_ reach: TargetReach?, _ steps: Estimate?) -> String {
        guard let reach else { return "-" }
        return (steps.map(cell) ?? "never") + " (\(reach.reached)/\(reach.of))"
    }

    /// One paired comparison in words.
    static func line(_ comparison: PairwiseResult, metric: String) -> String {
        guard let difference = comparison.meanDifference else {
            return "\(comparison.leader) vs \(comparison.other): fewer than 2 paired seeds, not tested\n"
        }
        var interval = ""
        if let lower = comparison.lower, let upper = comparison.upper {
            interval = "[\(number(lower)), \(number(upper))]"
        }
        return "\(comparison.leader) − \(comparison.other): \(metric) \(number(difference)) \(interval) over "
            + "\(comparison.seeds) seeds; paired t p = \(p(comparison.tTestPValue)) (Holm \(p(comparison.adjustedPValue))), "
            + "Wilcoxon p = \(p(comparison.wilcoxonPValue))\(comparison.significant ? ", significant" : "")\n"
    }

    static func p(_ value: Double?) -> String { value.map { String(format: "%.3g", $0) } ?? "n/a" }

    /// Up to 4 significant digits.
    static func number(_ value: Double) -> String {
        let magnitude = abs(value)
        if magnitude >= 10_000 { return String(format: "%.0f", value) }
        return String(format: "%.4g", value)
    }
}
