extension Activation {
    /// Writes `f(input)` elementwise into `output`, reshaping `output` to `input`'s shape if needed.
    public func forward(_ input: Matrix, into output: inout Matrix) {
        output.resize(rows: input.rows, columns: input.columns)
        input.withUnsafeBufferPointer { x in
            output.withUnsafeMutableBufferPointer { y in forwardInChunks(x, into: y) }
        }
    }

    /// Backpropagates through the activation: `inputGradient = outputGradient ⊙ f'(input)`.
    ///
    /// `input` is the pre-activation value saved by the forward pass. `inputGradient` is reshaped if needed.
    /// - Throws: `TensorsError.Code.shapeMismatch` when `input` and `outputGradient` differ in shape.
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
                    ParallelLoop.forEachChunk(of: out.count) { range in
                        backward(
                            UnsafeBufferPointer(rebasing: x[range]), UnsafeBufferPointer(rebasing: g[range]),
                            into: UnsafeMutableBufferPointer(rebasing: out[range]))
                    }
                }
            }
        }
    }

    /// `forward(_:into:)` on large inputs split across threads (each element alone, so the same bits).
    func forwardInChunks(_ x: UnsafeBufferPointer<Float>, into y: UnsafeMutableBufferPointer<Float>) {
        ParallelLoop.forEachChunk(of: y.count) { range in
            forward(UnsafeBufferPointer(rebasing: x[range]), into: UnsafeMutableBufferPointer(rebasing: y[range]))
        }
    }

    /// `y = f(x)`; `y` may be the same memory as `x`.
    func forward(_ x: UnsafeBufferPointer<Float>, into y: UnsafeMutableBufferPointer<Float>) {
        switch self {
        case .identity: for i in 0..<x.count { y[i] = x[i] }
        // Branch-free selects: a ReLU's sign pattern is random, so a branch per element mispredicts half the time.
        case .relu: SIMDMath.map(x, into: y) { v in v.replacing(with: 0, where: v .< 0) }
        case .leakyReLU(let slope): SIMDMath.map(x, into: y) { v in v.replacing(with: slope * v, where: v .< 0) }
        case .gelu: SIMDMath.map(x, into: y, Activation.geluExact)
        case .geluTanh: SIMDMath.map(x, into: y, Activation.geluTanh)
        case .tanh: SIMDMath.map(x, into: y, SIMDMath.tanh)
        case .sigmoid: SIMDMath.map(x, into: y, SIMDMath.logistic)
        }
    }

    /// `out = g * f'(x)`.
    func backward(
        _ x: UnsafeBufferPointer<Float>, _ g: UnsafeBufferPointer<Float>, into out: UnsafeMutableBufferPointer<Float>
    ) {
        switch self {
        case .identity: for i in 0..<x.count { out[i] = g[i] }
        case .relu: SIMDMath.map(x, g, into: out) { v, w in w.replacing(with: 0, where: .!(v .> 0)) }
        case .leakyReLU(let slope):
            SIMDMath.map(x, g, into: out) { v, w in w.replacing(with: slope * w, where: .!(v .> 0)) }
        case .gelu: SIMDMath.map(x, g, into: out) { v, w in w * Activation.geluExactDerivative(v) }
        case .geluTanh: SIMDMath.map(x, g, into: out) { v, w in w * Activation.geluTanhDerivative(v) }
        case .tanh: SIMDMath.map(x, g, into: out) { v, w in w * Activation.tanhDerivative(v) }
        case .sigmoid: SIMDMath.map(x, g, into: out) { v, w in w * Activation.logisticDerivative(v) }
        }
    }
}

extension Matrix {
    /// Applies `activation` to every element in place.
    public mutating func apply(_ activation: Activation) {
        withUnsafeMutableBufferPointer { v in activation.forwardInChunks(UnsafeBufferPointer(v), into: v) }
    }

    /// A copy with `activation` applied to every element.
    public func applying(_ activation: Activation) -> Matrix {
        var out = Matrix(rows: 0, columns: 0)
        activation.forward(self, into: &out)
        return out
    }
}
