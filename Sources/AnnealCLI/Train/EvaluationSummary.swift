import Datasets
import Evaluation
import Foundation

/// The metrics `anneal evaluate` prints, as aligned text or one JSON object.
enum EvaluationSummary {
    /// Classification metrics.
    case classification(ClassificationReport, task: PredictionTask)
    /// Regression metrics.
    case regression(RegressionReport)

    /// The metrics in print order, `nil` for one that is undefined on this data (e.g. ROC AUC with one class).
    var metrics: [(name: String, value: Double?)] {
        switch self {
        case .classification(let report, _):
            [
                ("accuracy", report.accuracy), ("log_loss", report.logLoss),
                ("balanced_accuracy", report.balancedAccuracy), ("macro_f1", report.macro.f1),
                ("roc_auc", report.rocAUC), ("ece", report.reliability.expectedCalibrationError),
                ("brier", report.brierScore),
            ]
        case .regression(let report):
            [("rmse", report.rootMeanSquaredError), ("mae", report.meanAbsoluteError), ("r2", report.r2)]
        }
    }

    /// The task name.
    var task: String {
        switch self {
        case .classification(_, let task): task.rawValue
        case .regression: PredictionTask.regression.rawValue
        }
    }

    /// The number of rows measured.
    var samples: Int {
        switch self {
        case .classification(let report, _): report.sampleCount
        case .regression(let report): report.sampleCount
        }
    }

    /// One line per metric.
    var text: String {
        let width = metrics.map(\.name.count).max() ?? 0
        let lines = metrics.map { metric in
            metric.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                + (metric.value.map { String(format: "%.6g", $0) } ?? "undefined")
        }
        return "\(task), \(samples) rows\n" + lines.joined(separator: "\n")
    }

    /// One JSON object; undefined metrics are null.
    var json: String {
        var fields = ["\"task\":\"\(task)\"", "\"samples\":\(samples)"]
        for metric in metrics {
            let value = metric.value.flatMap { $0.isFinite ? "\($0)" : nil } ?? "null"
            fields.append("\"\(metric.name)\":\(value)")
        }
        return "{" + fields.sorted().joined(separator: ",") + "}"
    }
}
