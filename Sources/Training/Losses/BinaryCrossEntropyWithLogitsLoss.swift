import Tensors

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Binary cross-entropy on logits, torch's `nn.BCEWithLogitsLoss(pos_weight)`, averaged over every element.
///
/// Per element: `−[p·t·log σ(x) + (1 − t)·log(1 − σ(x))]` with `p` the positive-class weight of its column,
/// computed stably as torch does: `(1 − t)·x + (1 + (p − 1)·t)·(log1p(e^(−|x|)) + max(−x, 0))`.
public struct BinaryCrossEntropyWithLogitsLoss: Loss {
    /// Weight of positive examples per output column (`pos_weight`), one value (all columns) or one per column.
    public let positiveWeight: [Float]?

    /// Creates the loss.
    /// - Throws: `TrainingError.Code.invalidValue` when a positive weight is negative or not finite.
    public init(positiveWeight: [Float]? = nil) throws {
        if let weights = positiveWeight, let bad = weights.first(where: { !($0 >= 0) || !$0.isFinite }) {
            throw TrainingError.invalid("pos_weight", bad, allowed: "finite and non-negative")
        }
        self.positiveWeight = positiveWeight
    }

    public var name: String { "bce_with_logits" }

    public func evaluate(output: Matrix, targets: Matrix, gradient: inout Matrix) throws -> Double {
        let columns = output.columns
        if let weights = positiveWeight, weights.count != 1, weights.count != columns {
            throw TrainingError(
                .shapeMismatch,
                "bce_with_logits: \(weights.count) pos_weight values for \(columns) output columns; "
                    + "give 1 or \(columns)")
        }
        let weights = positiveWeight ?? []
        return try meanOverElements(output, targets, &gradient) { i, x, t in
            let p = weights.isEmpty ? 1 : Double(weights.count == 1 ? weights[0] : weights[i % columns])
            let logWeight = 1 + (p - 1) * t
            let value = (1 - t) * x + logWeight * (log1p(exp(-abs(x))) + Swift.max(-x, 0))
            let sigmoidNegative = x >= 0 ? exp(-x) / (1 + exp(-x)) : 1 / (1 + exp(x))
            return (value, (1 - t) - logWeight * sigmoidNegative)
        }
    }
}
