import Tensors

/// Mean squared error over every element, torch's `nn.MSELoss()`.
public struct MeanSquaredErrorLoss: Loss {
    /// Creates the loss.
    public init() {}

    public var name: String { "mse" }

    public func evaluate(output: Matrix, targets: Matrix, gradient: inout Matrix) throws -> Double {
        try meanOverElements(output, targets, &gradient) { _, y, t in
            let d = y - t
            return (d * d, 2 * d)
        }
    }
}
