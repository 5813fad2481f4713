import Datasets
import Tensors

/// Samples for training or validation: one feature row and one target row per sample.
///
/// Targets follow the loss: a single column of class indices (stored as `Float`) for cross-entropy, values shaped
/// like the model output for the others.
public struct TrainingData: Sendable {
    /// `samples × features`.
    public let features: Matrix
    /// `samples × targetColumns`.
    public let targets: Matrix

    /// Pairs features with targets.
    /// - Throws: `TrainingError.Code.shapeMismatch` when the row counts differ.
    public init(features: Matrix, targets: Matrix) throws {
        guard features.rows == targets.rows else {
            throw TrainingError(
                .shapeMismatch,
                "features have \(features.rows) rows but targets have \(targets.rows); give one "
                    + "target row per sample")
        }
        self.features = features
        self.targets = targets
    }

    /// Wraps encoded features with class indices (one column) or regression values (one column).
    /// - Throws: `TrainingError.Code.shapeMismatch` when the counts differ.
    public init(features: EncodedFeatures, targets: [Float]) throws {
        guard features.rowCount == targets.count else {
            throw TrainingError(
                .shapeMismatch,
                "features have \(features.rowCount) rows but there are \(targets.count) targets; "
                    + "give one target per row")
        }
        try self.init(
            features: Matrix(rows: features.rowCount, columns: features.columnCount, values: features.values),
            targets: Matrix(rows: targets.count, columns: 1, values: targets))
    }

    /// The number of samples.
    public var count: Int { features.rows }

    /// Copies the rows `indices` into `features` and `targets` buffers (reshaped; no allocation when they fit).
    /// - Throws: `TensorsError` when an index is outside `0..<count` (the samplers never make one).
    func gather(
        _ indices: ArraySlice<Int>, features batchFeatures: inout Matrix, targets batchTargets: inout Matrix
    ) throws {
        try batchFeatures.gatherRows(indices, from: features)
        try batchTargets.gatherRows(indices, from: targets)
    }
}
