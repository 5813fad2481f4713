import Datasets
import Evaluation
import Foundation

/// What `anneal evaluate --calibrate` prints: the fitted temperature, every metric before and after scaling, the
/// accuracy check and, with `--save-calibrated`, what the saved bundle predicts.
struct CalibrationSummary {
    /// The calibrated bundle as saved, re-read and re-run on the fitting rows.
    struct Saved {
        /// Where it was written.
        let path: String
        /// Rows whose predicted label differs from the original model's.
        let labelChanges: Int
        /// The largest difference between its probabilities and the exact softmax(logits / T).
        let largestDifference: Double
    }

    /// The fit.
    let calibration: ModelCalibration
    /// The task of the model.
    let task: PredictionTask
    /// The file the temperature was fitted on.
    let fittedOn: String
    /// The saved bundle, when written.
    let saved: Saved?

    private var before: EvaluationSummary { .classification(calibration.before, task: task) }
    private var after: EvaluationSummary { .classification(calibration.after, task: task) }
    private var temperature: Double { calibration.scaling.temperature }
    private var accuracyUnchanged: Bool { calibration.before.accuracy == calibration.after.accuracy }

    /// The metrics side by side, then the checks.
    var text: String {
        let rows = zip(before.metrics, after.metrics).map { ($0.name, Self.format($0.value), Self.format($1.value)) }
        let width = max(6, rows.map(\.0.count).max() ?? 0)
        let column = max(6, rows.map(\.1.count).max() ?? 0)
        func line(_ name: String, _ first: String, _ second: String) -> String {
            name.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                + first.padding(toLength: column, withPad: " ", startingAt: 0) + "  " + second
        }
        var lines = [
            "\(task.rawValue), \(calibration.scaling.sampleCount) rows; temperature \(Self.format(temperature)) "
                + "fitted on \(fittedOn) by minimising the log loss",
            line("metric", "before", "after"),
        ]
        lines += rows.map { line($0.0, $0.1, $0.2) }
        lines.append(
            accuracyUnchanged
                ? "accuracy unchanged (\(Self.format(calibration.before.accuracy))): dividing the logits by "
                    + "\(Self.format(temperature)) keeps every predicted label"
                : "accuracy changed from \(Self.format(calibration.before.accuracy)) to "
                    + "\(Self.format(calibration.after.accuracy)) (rounding ties)")
        lines.append(
            "note: ECE after is measured on the rows the temperature was fitted on; for an unbiased figure run "
                + "anneal evaluate on other held-out rows")
        if let saved {
            lines.append(
                "saved \(saved.path): output layer divided by \(Self.format(temperature)), so anneal predict gives "
                    + "the calibrated probabilities (largest difference from exact scaling "
                    + "\(String(format: "%.2g", saved.largestDifference))); predicted labels unchanged on "
                    + "\(calibration.scaling.sampleCount - saved.labelChanges)/\(calibration.scaling.sampleCount) rows")
        }
        return lines.joined(separator: "\n")
    }

    /// One JSON object: `temperature`, `before` and `after` metrics, the checks and `saved`.
    var json: String {
        func metrics(_ summary: EvaluationSummary) -> [String: Any] {
            Dictionary(uniqueKeysWithValues: summary.metrics.map { ($0.name, Self.jsonValue($0.value)) })
        }
        var object: [String: Any] = [
            "task": task.rawValue, "samples": calibration.scaling.sampleCount, "fitted_on": fittedOn,
            "temperature": temperature, "before": metrics(before), "after": metrics(after),
            "accuracy_unchanged": accuracyUnchanged,
            "log_loss_before": Self.jsonValue(calibration.scaling.negativeLogLikelihoodBefore),
            "log_loss_after": Self.jsonValue(calibration.scaling.negativeLogLikelihoodAfter),
        ]
        if let saved {
            object["saved"] = [
                "path": saved.path, "label_changes": saved.labelChanges,
                "largest_probability_difference": saved.largestDifference,
            ]
        }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    static func format(_ value: Double?) -> String { value.map { String(format: "%.6g", $0) } ?? "undefined" }

    static func jsonValue(_ value: Double?) -> Any { value.flatMap { $0.isFinite ? $0 : nil } ?? NSNull() }
}
