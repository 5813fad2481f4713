import Datasets
import Foundation
import Schedules
import Tensors

/// A trained model ready to serve: architecture, weights, the fitted feature encoder, the target (task and class
/// labels), the training recipe and its provenance, in one versioned, checksummed file.
///
/// FORMAT (`.annealmodel`, version 1, little-endian):
/// ```
/// "ANNEALMB" | UInt32 version = 1 | UInt32 flags = 0 | UInt64 header length H | UInt64 payload length P
/// header (H bytes, UTF-8 JSON): {"format": "anneal.model-bundle", "model": {inputs, layers, parameterNames,
///     parameterTensors, random, mode}, "encoder": FeatureEncoder?, "target": TargetEncoder,
///     "schedule": ScheduleSpec?, "optimizer": OptimizerSpec?, "provenance": Provenance,
///     "calibration": CalibrationRecord? (absent when never calibrated), "tensors": [{rows, columns}]}
/// payload (P bytes): each tensor of "tensors" as row-major IEEE-754 Float32, in order
/// SHA-256 (32 bytes) of everything before it
/// ```
/// Loading checks the magic number (a foreign or other Anneal file is rejected), the version, the lengths
/// (truncation), the checksum (flipped bytes), and that the shapes fit the architecture, the encoder and the
/// classes; each failure is a `TrainingError` naming the file and what to do.
public struct ModelBundle: Sendable {
    /// The model: architecture and weights.
    public var model: Sequential
    /// The feature encoder fitted on the training data (`nil` when the caller encodes features itself).
    public var encoder: FeatureEncoder?
    /// The target column, the task and the class labels in output order.
    public var target: TargetEncoder
    /// The learning-rate schedule the model was trained with.
    public var schedule: ScheduleSpec?
    /// The optimizer the model was trained with.
    public var optimizer: OptimizerSpec?
    /// Where the model came from.
    public var provenance: Provenance
    /// The temperature scaling applied after training, if any (its temperature is already folded into the
    /// output layer's weights; this records it).
    public var calibration: CalibrationRecord?

    /// Creates a bundle and checks that its parts fit together.
    /// - Throws: `TrainingError.Code.shapeMismatch` when the encoder's output width differs from the model's inputs,
    ///   or the model's outputs do not fit the task and classes.
    public init(
        model: Sequential, encoder: FeatureEncoder?, target: TargetEncoder, schedule: ScheduleSpec? = nil,
        optimizer: OptimizerSpec? = nil, provenance: Provenance, calibration: CalibrationRecord? = nil
    ) throws {
        self.model = model
        self.encoder = encoder
        self.target = target
        self.schedule = schedule
        self.optimizer = optimizer
        self.provenance = provenance
        self.calibration = calibration
        try validate(source: "the bundle")
    }

    /// The task (binary, multiclass, regression).
    public var task: PredictionTask { target.task }

    /// The class labels in output order (empty for regression).
    public var classLabels: [String] { target.classes }

    /// The model's outputs for rows of a table, encoded with the bundle's encoder (logits for classification).
    /// - Throws: `TrainingError.Code.invalidOrder` when the bundle has no encoder; the encoder's `DatasetError` for
    ///   missing columns.
    public func predict(_ table: Table) throws -> Matrix {
        guard let encoder else {
            throw TrainingError(
                .invalidOrder,
                "this bundle has no feature encoder; encode the features yourself and call "
                    + "model.predict")
        }
        let encoded = try encoder.transform(table, unknownColumns: .ignore)
        return try model.predict(
            Matrix(rows: encoded.rowCount, columns: encoded.columnCount, values: encoded.values))
    }

    /// Checks that the model, the encoder and the target fit together.
    func validate(source: String) throws {
        if let encoder, encoder.outputColumns.count != model.inputColumns {
            throw TrainingError(
                .shapeMismatch,
                "\(source): the feature encoder produces \(encoder.outputColumns.count) columns but "
                    + "the model takes \(model.inputColumns); save the encoder the model was trained with")
        }
        let outputs = model.outputColumns
        switch target.task {
        case .binary where outputs != 1 && outputs != 2:
            throw TrainingError(
                .shapeMismatch, "\(source): a binary model needs 1 output (logit) or 2 (class logits), not \(outputs)")
        case .multiclass where outputs != target.classes.count:
            throw TrainingError(
                .shapeMismatch,
                "\(source): the model has \(outputs) outputs but the target has "
                    + "\(target.classes.count) classes; train with the same target encoder")
        default: break
        }
    }
}
