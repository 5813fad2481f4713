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
        try checkSameShape(output, targets)
        let columns = output.columns
        if let weights = positiveWeight, weights.count != 1, weights.count != columns {
            throw TrainingError(
                .shapeMismatch,
                "bce_with_logits: \(weights.count) pos_weight values for \(columns) output columns; "
                    + "give 1 or \(columns)")
        }
        let weights = positiveWeight ?? [1]
        let count = Double(output.count)
        gradient.resize(rows: output.rows, columns: columns)
        var total = 0.0
        output.withUnsafeBufferPointer { x in
            targets.withUnsafeBufferPointer { t in
                gradient.withUnsafeMutableBufferPointer { g in
                    for i in 0..<x.count {
                        let p = Double(weights.count == 1 ? weights[0] : weights[i % columns])
                        let (xi, ti) = (Double(x[i]), Double(t[i]))
                        let logWeight = 1 + (p - 1) * ti
                        total += (1 - ti) * xi + logWeight * (log1p(exp(-abs(xi))) + Swift.max(-xi, 0))
                        let sigmoidNegative = xi >= 0 ? exp(-xi) / (1 + exp(-xi)) : 1 / (1 + exp(xi))
                        g[i] = Float(((1 - ti) - logWeight * sigmoidNegative) / count)
                    }
                }
            }
        }
        return total / count
    }
}
