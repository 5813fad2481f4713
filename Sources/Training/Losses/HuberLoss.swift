import Tensors

/// Huber loss over every element, torch's `nn.HuberLoss(delta)`: `0.5·d²` when `|d| < δ`, else
/// `δ·(|d| − 0.5·δ)`, with `d = output − target`.
public struct HuberLoss: Loss {
    /// The threshold between the quadratic and the linear part.
    public let delta: Double

    /// Creates the loss.
    /// - Throws: `TrainingError.Code.invalidValue` when `delta` is not positive and finite.
    public init(delta: Double = 1) throws {
        guard delta > 0, delta.isFinite else {
            throw TrainingError.invalid("delta", delta, allowed: "positive and finite (torch default 1.0)")
        }
        self.delta = delta
    }

    public var name: String { "huber" }

    public func evaluate(output: Matrix, targets: Matrix, gradient: inout Matrix) throws -> Double {
        try checkSameShape(output, targets)
        let count = Double(output.count)
        let delta = self.delta
        gradient.resize(rows: output.rows, columns: output.columns)
        var total = 0.0
        output.withUnsafeBufferPointer { y in
            targets.withUnsafeBufferPointer { t in
                gradient.withUnsafeMutableBufferPointer { g in
                    for i in 0..<y.count {
                        let d = Double(y[i]) - Double(t[i])
                        let z = abs(d)
                        total += z < delta ? 0.5 * d * d : delta * (z - 0.5 * delta)
                        let dd = d < -delta ? -delta : (d > delta ? delta : d)
                        g[i] = Float(dd / count)
                    }
                }
            }
        }
        return total / count
    }
}
