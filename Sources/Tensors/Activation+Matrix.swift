extension Activation {
    /// Writes `f(input)` elementwise into `output`, reshaping `output` to `input`'s shape if needed.
    @inlinable
    public func forward(_ input: Matrix, into output: inout Matrix) {
        output.resize(rows: input.rows, columns: input.columns)
        input.withUnsafeBufferPointer { x in
            output.withUnsafeMutableBufferPointer { y in
                switch self {
                case .identity: for i in 0..<x.count { y[i] = x[i] }
                case .relu: for i in 0..<x.count { y[i] = x[i] > 0 ? x[i] : 0 }
                default: for i in 0..<x.count { y[i] = self(x[i]) }
                }
            }
        }
    }

    /// Backpropagates through the activation: `inputGradient = outputGradient ⊙ f'(input)`.
    ///
    /// `input` is the pre-activation value saved by the forward pass. `inputGradient` is reshaped if needed and
    /// may be the same variable as a copy of `outputGradient` (in-place use: pass the gradient and write it back).
    /// - Throws: `TensorsError.Code.shapeMismatch` when `input` and `outputGradient` differ in shape.
    @inlinable
    public func backward(input: Matrix, outputGradient: Matrix, into inputGradient: inout Matrix) throws {
        guard input.rows == outputGradient.rows, input.columns == outputGradient.columns else {
            throw TensorsError(
                .shapeMismatch,
                "Activation.backward: input is \(input.rows)×\(input.columns) but outputGradient "
                    + "is \(outputGradient.rows)×\(outputGradient.columns); pass the forward pass's input")
        }
        inputGradient.resize(rows: input.rows, columns: input.columns)
        input.withUnsafeBufferPointer { x in
            outputGradient.withUnsafeBufferPointer { g in
                inputGradient.withUnsafeMutableBufferPointer { out in
                    switch self {
                    case .identity: for i in 0..<x.count { out[i] = g[i] }
                    case .relu: for i in 0..<x.count { out[i] = x[i] > 0 ? g[i] : 0 }
                    default: for i in 0..<x.count { out[i] = g[i] * derivative(x[i]) }
                    }
                }
            }
        }
    }
}

extension Matrix {
    /// Applies `activation` to every element in place.
    @inlinable
    public mutating func apply(_ activation: Activation) {
        withUnsafeMutableBufferPointer { v in
            for i in 0..<v.count { v[i] = activation(v[i]) }
        }
    }

    /// A copy with `activation` applied to every element.
    @inlinable
    public func applying(_ activation: Activation) -> Matrix {
        var out = Matrix(rows: 0, columns: 0)
        activation.forward(self, into: &out)
        return out
    }
}
