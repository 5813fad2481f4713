import Datasets
import Evaluation
import Foundation
import Tensors
import Training

/// Temperature scaling of a saved classifier, as `anneal evaluate --calibrate` does it: the temperature T fitted on
/// labelled rows (by minimising their log loss), the metrics before and after, and a bundle whose output layer is
/// divided by T so that `anneal predict` gives the calibrated probabilities.
///
/// Dividing the output layer's weights and bias by T divides the logits by T, so softmax (or the sigmoid of a
/// single logit) gives softmax(logits / T) with no change to the bundle's format. The arg-max, and with it every
/// predicted label, is unchanged (up to Float32 rounding of exact ties, which ``labelChanges`` counts). The bundle's
/// header records the scaling (`CalibrationRecord`: total temperature, fitting data's SHA-256, rows, log loss and ECE
/// before and after), so its provenance shows that it was calibrated and on what.
struct ModelCalibration {
    /// The fitted temperature with the log loss and ECE before and after on the fitting rows.
    let scaling: TemperatureScaling
    /// The metrics of the model as saved.
    let before: ClassificationReport
    /// The metrics of softmax(logits / T).
    let after: ClassificationReport
    /// softmax(logits / T), computed exactly (in Double).
    let probabilities: ClassProbabilities
    /// The calibrated bundle.
    let bundle: ModelBundle

    /// Fits the temperature on the rows of `predictions` (their target column gives the labels).
    /// - Throws: `CLIError.data` for a regression model, one output layer that is not dense, or labels the model
    ///   does not know.
    init(_ predictions: ModelPredictions) throws {
        let bundle = predictions.bundle
        guard bundle.task.isClassification else {
            throw CLIError.data(
                "temperature scaling calibrates class probabilities, but this model predicts values (regression); "
                    + "drop --calibrate")
        }
        let labels = try CLIError.mappingLibraryErrors(predictions.file.path) {
            try bundle.target.classIndices(predictions.file.table)
        }
        let logits = try CLIError.mappingLibraryErrors(predictions.file.path) {
            try bundle.predict(predictions.file.table)
        }
        let (values, classCount) = Self.classLogits(logits)
        let scaling = try CLIError.mappingLibraryErrors(predictions.file.path) {
            try TemperatureScaling.fit(logits: values, classCount: classCount, labels: labels)
        }
        let calibrated = try CLIError.mappingLibraryErrors("the calibrated probabilities") {
            try scaling.probabilities(logits: values, classCount: classCount)
        }
        self.scaling = scaling
        self.probabilities = calibrated
        self.before = try CLIError.mappingLibraryErrors(predictions.file.path) {
            guard case .classes(let probabilities) = predictions.outputs else {
                throw CLIError.data("the model gave values, not class probabilities")
            }
            return try ClassificationReport(labels: labels, probabilities: probabilities)
        }
        self.after = try CLIError.mappingLibraryErrors(predictions.file.path) {
            try ClassificationReport(labels: labels, probabilities: calibrated)
        }
        var folded = try Self.folding(scaling.temperature, into: bundle)
        folded.calibration = CalibrationRecord(
            temperature: scaling.temperature * (bundle.calibration?.temperature ?? 1),
            dataSHA256: Training.SHA256.hex(predictions.file.bytes), dataSource: predictions.file.path,
            rows: scaling.sampleCount, logLossBefore: scaling.negativeLogLikelihoodBefore,
            logLossAfter: scaling.negativeLogLikelihoodAfter, eceBefore: scaling.expectedCalibrationErrorBefore,
            eceAfter: scaling.expectedCalibrationErrorAfter)
        self.bundle = folded
    }

    /// The logits as row-major class scores: a single binary logit z becomes the pair (0, z), whose softmax is
    /// (1 − σ(z), σ(z)), so one temperature fits both layouts.
    static func classLogits(_ logits: Matrix) -> (values: [Double], classCount: Int) {
        if logits.columns == 1 {
            return ((0..<logits.rows).flatMap { [0, Double(logits[$0, 0])] }, 2)
        }
        return (logits.values.map(Double.init), logits.columns)
    }

    /// `bundle` with its output layer's weight and bias divided by `temperature`.
    /// - Throws: `CLIError.data` when the last layer is not dense (the logits are then not linear in its weights).
    static func folding(_ temperature: Double, into bundle: ModelBundle) throws -> ModelBundle {
        var bundle = bundle
        try CLIError.mappingLibraryErrors("calibration") { try bundle.model.scaleOutput(by: Float(1 / temperature)) }
        return bundle
    }

    /// Rows whose predicted label differs between two sets of probabilities.
    static func labelChanges(_ first: ClassProbabilities, _ second: ClassProbabilities) -> Int {
        zip(first.predictedClasses, second.predictedClasses).filter { $0 != $1 }.count
    }

    /// The largest difference between two sets of probabilities, value by value.
    static func largestDifference(_ first: ClassProbabilities, _ second: ClassProbabilities) -> Double {
        zip(first.values, second.values).map { abs($0 - $1) }.max() ?? 0
    }
}
