import Tensors

/// A fully connected layer `y = x Wᵀ + b`, PyTorch's `nn.Linear`.
///
/// The weight is stored `outputs × inputs` as torch stores it. Forward is one GEMM onto the bias rows,
/// `b + x · Wᵀ` (as torch's `addmm`); backward computes
/// `dW = dYᵀ · x`, `db = Σ_rows dY` and `dX = dY · W`, all into preallocated buffers.
public struct Dense: Layer {
    /// Input features.
    public let inputs: Int
    /// Output features.
    public let outputs: Int
    /// Whether the layer has a bias.
    public let hasBias: Bool

    /// Creates a layer of `inputs → outputs`.
    /// - Throws: `TrainingError.Code.invalidValue` when a size is below 1.
    public init(inputs: Int, outputs: Int, bias: Bool = true) throws {
        guard inputs >= 1 else { throw TrainingError.invalid("dense.inputs", inputs, allowed: "at least 1") }
        guard outputs >= 1 else { throw TrainingError.invalid("dense.outputs", outputs, allowed: "at least 1") }
        self.inputs = inputs
        self.outputs = outputs
        self.hasBias = bias
    }

    public var spec: LayerSpec { .dense(inputs: inputs, outputs: outputs, bias: hasBias) }

    public var parameterShapes: [ParameterShape] {
        let weight = ParameterShape(name: "weight", rows: outputs, columns: inputs)
        return hasBias ? [weight, ParameterShape(name: "bias", rows: 1, columns: outputs)] : [weight]
    }

    public func outputColumns(forInput columns: Int) throws -> Int {
        guard columns == inputs else {
            throw TrainingError(
                .shapeMismatch,
                "Dense(\(inputs) → \(outputs)) got \(columns) input columns; give it \(inputs) "
                    + "features or change the layer's inputs")
        }
        return outputs
    }

    /// torch's default: Kaiming-uniform with `a = √5` for the weight, i.e. `U(−1/√inputs, 1/√inputs)`, and the
    /// same bound for the bias.
    public func initialParameters(random: inout RandomSource) -> [Matrix] {
        let bound = 1 / Float(inputs).squareRoot()
        var weight = Matrix(rows: outputs, columns: inputs)
        weight.withUnsafeMutableBufferPointer { w in
            for i in 0..<w.count { w[i] = random.uniform(-bound, bound) }
        }
        guard hasBias else { return [weight] }
        var bias = Matrix(rows: 1, columns: outputs)
        bias.withUnsafeMutableBufferPointer { b in
            for i in 0..<b.count { b[i] = random.uniform(-bound, bound) }
        }
        return [weight, bias]
    }

    public mutating func forward(
        _ input: Matrix, into output: inout Matrix, parameters: [Parameter], offset: Int, context: inout LayerContext
    ) throws {
        _ = try outputColumns(forInput: input.columns)
        if hasBias {
            // torch's addmm: the bias first, then the product added onto it (one pass over the output fewer).
            output.setRows(input.rows, to: parameters[offset + 1].value)
            try Matrix.multiply(input, parameters[offset].value, into: &output, transposeB: true, beta: 1)
        } else {
            try Matrix.multiply(input, parameters[offset].value, into: &output, transposeB: true)
        }
    }

    /// `forward` of `relu(input)`, also writing that ReLU's output into `rectified`: a ReLU layer and this one in
    /// one call (see `Matrix.multiplyRectified`), with the bits of the two layers' own forwards.
    func forward(
        rectifying input: Matrix, rectified: inout Matrix, into output: inout Matrix, parameters: [Parameter],
        offset: Int
    ) throws {
        _ = try outputColumns(forInput: input.columns)
        if hasBias { output.setRows(input.rows, to: parameters[offset + 1].value) }
        try Matrix.multiplyRectified(
            input, rectifiedInto: &rectified, transposedB: parameters[offset].value, into: &output,
            beta: hasBias ? 1 : 0)
    }

    public mutating func backward(
        input: Matrix, output: Matrix, outputGradient: Matrix, inputGradient: inout Matrix,
        computeInputGradient: Bool, parameters: inout [Parameter], offset: Int, accumulate: Bool
    ) throws {
        _ = try backward(
            input: input, outputGradient: outputGradient, inputGradient: &inputGradient,
            computeInputGradient: computeInputGradient, throughReLU: false, parameters: &parameters, offset: offset,
            accumulate: accumulate)
    }

    /// `backward`, with two shortcuts `Sequential` takes between layers (each gives the same bits as without it):
    /// - `throughReLU`: `input` is a ReLU's output and the input gradient is taken back through that ReLU too:
    ///   `dY · W` kept where `input > 0` (torch's `threshold_backward`, the same bits as the ReLU layer's own
    ///   backward), in one pass fewer over the batch. `Sequential` then skips the ReLU's backward.
    /// - `belowBias`: the index in `parameters` of the bias of the Dense layer below that ReLU, whose gradient (the
    ///   column sums of this input gradient) this layer also writes when it can in the same pass (a thin layer,
    ///   see `Matrix.denseBackwardThroughReLU`); the layer below is then called with `biasDone`.
    /// - Returns: whether the bias gradient at `belowBias` was written.
    func backward(
        input: Matrix, outputGradient: Matrix, inputGradient: inout Matrix, computeInputGradient: Bool,
        throughReLU: Bool, belowBias: Int? = nil, biasDone: Bool = false, parameters: inout [Parameter], offset: Int,
        accumulate: Bool
    ) throws -> Bool {
        guard outputGradient.rows == input.rows, outputGradient.columns == outputs else {
            throw TrainingError(
                .shapeMismatch,
                "Dense.backward: outputGradient is \(outputGradient.rows)×\(outputGradient.columns) "
                    + "but the forward output was \(input.rows)×\(outputs); pass the gradient of this forward's output")
        }
        if hasBias && !biasDone {
            outputGradient.columnSums(into: &parameters[offset + 1].gradient, accumulate: accumulate)
        }
        if computeInputGradient && throughReLU {
            var sums: Matrix? = nil
            if let belowBias {
                // Moved out, so the pass writes the only reference (`parameters` is already borrowed for the weight).
                sums = parameters[belowBias].gradient
                parameters[belowBias].gradient = Matrix(rows: 0, columns: 0)
            }
            defer { if let belowBias, let sums { parameters[belowBias].gradient = sums } }
            if try Matrix.denseBackwardThroughReLU(
                outputGradient: outputGradient, weights: parameters[offset].value, input: input,
                weightGradient: &parameters[offset].gradient, inputGradient: &inputGradient, inputColumnSums: &sums,
                accumulate: accumulate)
            {
                return belowBias != nil
            }
        }
        let beta: Float = accumulate ? 1 : 0
        try Matrix.multiply(outputGradient, input, into: &parameters[offset].gradient, transposeA: true, beta: beta)
        if computeInputGradient && throughReLU {
            try Matrix.multiply(
                outputGradient, parameters[offset].value, into: &inputGradient, keepingWherePositive: input)
        } else if computeInputGradient {
            try Matrix.multiply(outputGradient, parameters[offset].value, into: &inputGradient)
        }
        return false
    }
}
