import ArgumentParser
import Datasets
import Evaluation
import Foundation
import Training

/// `anneal evaluate`: a saved model's metrics on labelled data.
struct EvaluateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Measure a saved model on labelled data.",
        discussion: """
            Classification: accuracy, log loss, balanced accuracy, macro F1, ROC AUC (binary, or one-vs-rest \
            macro), expected calibration error (15 equal-width bins) and Brier score. Regression: RMSE, MAE and R².

            --calibrate fits a temperature T on --data by minimising its log loss (temperature scaling, Guo et al. \
            2017) and prints every metric before and after dividing the logits by T; accuracy is unchanged. Fit it \
            on held-out rows the model did not train on (a validation file). --save-calibrated FILE writes the model \
            with its output layer divided by T, so anneal predict gives the calibrated probabilities (the predicted \
            labels stay the same).
            """)

    @Option(help: "The model bundle written by anneal train.")
    var model: String

    @Option(help: "Labelled rows: a CSV file (or .jsonl).")
    var data: String

    @Option(help: "The target column (default: the one the model was trained on).")
    var target: String?

    @Option(help: "text or json.")
    var format: ReportFormat = .text

    @Flag(help: "Fit a temperature on --data (held-out rows) and print the metrics before and after.")
    var calibrate = false

    @Option(
        name: .customLong("save-calibrated"),
        help: ArgumentHelp("Write the temperature-scaled model bundle here (implies --calibrate).", valueName: "file"))
    var saveCalibrated: String?

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
            if calibrate || saveCalibrated != nil {
                let summary = try calibrated(predictions)
                print(format == .json ? summary.json : summary.text)
                return
            }
            let report = try CLIError.mappingLibraryErrors(data) { try Self.report(predictions) }
            let record = predictions.bundle.calibration
            print(format == .json ? Self.json(report, calibration: record) : Self.text(report, calibration: record))
        }
    }

    func validate() throws {
        if let saveCalibrated {
            let same =
                URL(fileURLWithPath: saveCalibrated).standardizedFileURL
                == URL(fileURLWithPath: model).standardizedFileURL
            if same {
                throw ValidationError(
                    "--save-calibrated \(saveCalibrated) is the --model file; write the calibrated model to a new file")
            }
        }
    }

    /// Fits the temperature, saves the calibrated bundle when asked and checks what it predicts.
    func calibrated(_ predictions: ModelPredictions) throws -> CalibrationSummary {
        if predictions.bundle.provenance.dataSHA256 == Training.SHA256.hex(predictions.file.bytes) {
            Terminal.standardError.write(
                "warning: \(data) is the file the model was trained on; a temperature fitted on training rows is "
                    + "too optimistic, fit it on held-out rows (e.g. a validation file)\n")
        }
        let calibration = try ModelCalibration(predictions)
        let range = TemperatureScaling.temperatureRange
        let (temperature, rows) = (calibration.scaling.temperature, calibration.scaling.sampleCount)
        let atBound = temperature <= range.lowerBound || temperature >= range.upperBound
        if atBound || rows < 50 {
            Terminal.standardError.write(
                "warning: the temperature \(temperature) was fitted on \(rows) row\(rows == 1 ? "" : "s")"
                    + (atBound ? " and stopped at the end of its range \(range.lowerBound)…\(range.upperBound)" : "")
                    + "; it is unreliable, fit it on more held-out rows (a few hundred or more)\n")
        }
        var saved: CalibrationSummary.Saved?
        if let saveCalibrated {
            try CLIError.mappingLibraryErrors("--save-calibrated") {
                try calibration.bundle.write(to: URL(fileURLWithPath: saveCalibrated))
            }
            let reread = try ModelPredictions(
                modelPath: saveCalibrated, dataPath: data, ignoreUnknownColumns: ignoreUnknownColumns)
            guard case .classes(let original) = predictions.outputs, case .classes(let scaled) = reread.outputs else {
                throw CLIError.data("the calibrated model at \(saveCalibrated) does not give class probabilities")
            }
            saved = CalibrationSummary.Saved(
                path: saveCalibrated, labelChanges: ModelCalibration.labelChanges(original, scaled),
                largestDifference: ModelCalibration.largestDifference(calibration.probabilities, scaled))
        }
        return CalibrationSummary(
            calibration: calibration, task: predictions.bundle.task, fittedOn: data, saved: saved)
    }

    /// The metrics as text, with a line saying how the model was calibrated when its bundle records it.
    static func text(_ report: EvaluationSummary, calibration: CalibrationRecord?) -> String {
        guard let calibration else { return report.text }
        let source = calibration.dataSource.map { "\($0), " } ?? ""
        return report.text + "\ncalibrated by \(calibration.method): temperature "
            + String(format: "%.6g", calibration.temperature) + " fitted on \(source)\(calibration.rows) rows "
            + "(sha256 \(calibration.dataSHA256.prefix(12))…), ECE there "
            + String(format: "%.4g → %.4g", calibration.eceBefore, calibration.eceAfter)
    }

    /// The metrics as one JSON object, with `model_calibration` (the bundle's record, or null).
    static func json(_ report: EvaluationSummary, calibration: CalibrationRecord?) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let record = calibration.flatMap { try? encoder.encode($0) }.map { String(decoding: $0, as: UTF8.self) }
        return String(report.json.dropLast()) + ",\"model_calibration\":\(record ?? "null")}"
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
