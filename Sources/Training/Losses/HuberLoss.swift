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
        let delta = self.delta
        return try meanOverElements(output, targets, &gradient) { _, y, t in
            let d = y - t
            let z = abs(d)
            let value = z < delta ? 0.5 * d * d : delta * (z - 0.5 * delta)
            return (value, d < -delta ? -delta : (d > delta ? delta : d))
        }
    }
}
