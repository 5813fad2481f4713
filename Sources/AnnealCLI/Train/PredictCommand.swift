import ArgumentParser
import Foundation

/// `anneal predict`: a saved model's predictions for every row of a file, as CSV.
struct PredictCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "predict",
        abstract: "Predict every row of a CSV file with a saved model (CSV to stdout or --out).",
        discussion: """
            Writes one row per input row, in input order: a 'prediction' column (the class label as it was \
            written in the training data, or the predicted value), and with --probabilities one 'p_<label>' \
            column per class. The target column may be present; it is ignored.
            """)

    @Option(help: "The model bundle written by anneal train.")
    var model: String

    @Option(help: "The rows to predict: a CSV file (or .jsonl).")
    var data: String

    @Option(help: "Write the predictions to this CSV file instead of stdout.")
    var out: String?

    @Flag(help: "Add one probability column per class (classification).")
    var probabilities = false

    @Flag(name: .customLong("ignore-unknown-columns"), help: "Leave out columns the model was not trained on.")
    var ignoreUnknownColumns = false

    func run() async throws {
        try await reportingErrors {
            let predictions = try ModelPredictions(
                modelPath: model, dataPath: data, ignoreUnknownColumns: ignoreUnknownColumns)
            if probabilities && !predictions.bundle.task.isClassification {
                Terminal.standardError.write("note: --probabilities is ignored: the model predicts values\n")
            }
            let csv = Self.csv(predictions, probabilities: probabilities)
            if let out {
                try AtomicFile.write(Data(csv.utf8), to: out)
                Terminal.standardError.write("wrote \(out): \(predictions.file.table.rowCount) predictions\n")
            } else {
                FileHandle.standardOutput.write(Data(csv.utf8))
            }
        }
    }

    /// The predictions as CSV text with a header row.
    static func csv(_ predictions: ModelPredictions, probabilities: Bool) -> String {
        var text = ""
        switch predictions.outputs {
        case .values(let values):
            text = "prediction\n"
            text.reserveCapacity(values.count * 12)
            for value in values { text += "\(Float(value))\n" }
        case .classes(let probabilityRows):
            let labels = predictions.bundle.classLabels
            text = "prediction" + (probabilities ? labels.map { "," + field("p_" + $0) }.joined() : "") + "\n"
            let predicted = probabilityRows.predictedClasses
            for row in 0..<probabilityRows.count {
                text += field(labels[predicted[row]])
                if probabilities {
                    for column in 0..<probabilityRows.classCount { text += ",\(Float(probabilityRows[row, column]))" }
                }
                text += "\n"
            }
        }
        return text
    }

    /// A CSV field, quoted when it holds a comma, a quote or a line break.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
