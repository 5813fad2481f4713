import ArgumentParser
import Datasets
import Evaluation
import Foundation

/// `anneal evaluate`: a saved model's metrics on labelled data.
struct EvaluateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Measure a saved model on labelled data.",
        discussion: """
            Classification: accuracy, log loss, balanced accuracy, macro F1, ROC AUC (binary, or one-vs-rest \
            macro), expected calibration error (15 equal-width bins) and Brier score. Regression: RMSE, MAE and R².
            """)

    @Option(help: "The model bundle written by anneal train.")
    var model: String

    @Option(help: "Labelled rows: a CSV file (or .jsonl).")
    var data: String

    @Option(help: "The target column (default: the one the model was trained on).")
    var target: String?

    @Option(help: "text or json.")
    var format: ReportFormat = .text

    @Flag(name: .customLong("ignore-unknown-columns"), help: "Leave out columns the model was not trained on.")
    var ignoreUnknownColumns = false

    func run() async throws {
        try await reportingErrors {
            let predictions = try ModelPredictions(
                modelPath: model, dataPath: data, ignoreUnknownColumns: ignoreUnknownColumns)
            let trained = predictions.bundle.target
            if let target, target != trained.column {
                throw CLIError.data(
                    "--target '\(target)' differs from the column the model was trained to predict, "
                        + "'\(trained.column)'; pass --target \(trained.column) (or rename the column)")
            }
            try predictions.file.requireColumn(trained.column, option: "--target")
            let report = try CLIError.mappingLibraryErrors(data) { try Self.report(predictions) }
            print(format == .json ? report.json : report.text)
        }
    }

    /// Computes the metrics of the task.
    static func report(_ predictions: ModelPredictions) throws -> EvaluationSummary {
        let table = predictions.file.table
        let target = predictions.bundle.target
        switch predictions.outputs {
        case .classes(let probabilities):
            let labels = try target.classIndices(table)
            return .classification(
                try ClassificationReport(labels: labels, probabilities: probabilities), task: target.task)
        case .values(let values):
            let targets = try target.values(table).map(Double.init)
            return .regression(try RegressionReport(targets: targets, predictions: values))
        }
    }
}
