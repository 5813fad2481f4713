import Tensors

/// Mean squared error over every element, torch's `nn.MSELoss()`.
public struct MeanSquaredErrorLoss: Loss {
    /// Creates the loss.
    public init() {}

    public var name: String { "mse" }

    public func evaluate(output: Matrix, targets: Matrix, gradient: inout Matrix) throws -> Double {
        try checkSameShape(output, targets)
        let count = Double(output.count)
        gradient.resize(rows: output.rows, columns: output.columns)
        var total = 0.0
        output.withUnsafeBufferPointer { y in
            targets.withUnsafeBufferPointer { t in
                gradient.withUnsafeMutableBufferPointer { g in
                    for i in 0..<y.count {
                        let d = Double(y[i]) - Double(t[i])
                        total += d * d
                        g[i] = Float(2 * d / count)
                    }
                }
            }
        }
        return total / count
    }
}
