import Tensors

extension Sequential {
    /// Backpropagates `outputGradient` (dLoss/dOutput of the last `forward`) and writes every parameter's
    /// `gradient` — overwriting it (torch's `zero_grad()` + `backward()`), or adding to it when `accumulate`.
    /// - Parameters:
    ///   - computeInputGradient: also compute dLoss/dInput into `inputGradient` (off by default: it costs a GEMM).
    /// - Throws: `TrainingError.Code.invalidOrder` before any `forward`; `.shapeMismatch` for a gradient whose shape
    ///   differs from the last output.
    public mutating func backward(
        _ outputGradient: Matrix, accumulate: Bool = false, computeInputGradient: Bool = false
    ) throws {
        guard hasForward else {
            throw TrainingError(.invalidOrder, "backward was called before forward; run forward on the batch first")
        }
        try checkParameters(gradients: true)
        let last = layers.count
        guard outputGradient.rows == activations[last].rows, outputGradient.columns == outputColumns else {
            throw TrainingError(
                .shapeMismatch,
                "the output gradient is \(outputGradient.rows)×\(outputGradient.columns) but the last "
                    + "output was \(activations[last].rows)×\(outputColumns); pass the loss gradient of that output")
        }
        var i = last - 1
        var biasDone = false  // layer i's bias gradient was written by the layer above it
        while i >= 0 {
            let upstream = i == last - 1 ? outputGradient : gradients[i + 1]
            if let dense = layers[i] as? Dense {
                // After a ReLU, the ReLU's input gradient comes straight from the Dense layer (the same bits, one
                // pass fewer), and a thin layer also sums it into the bias gradient of the Dense layer below.
                let throughReLU = denseAfterReLU(at: i) != nil && (i - 1 > 0 || computeInputGradient)
                biasDone = try dense.backward(
                    input: activations[i], outputGradient: upstream, inputGradient: &gradients[throughReLU ? i - 1 : i],
                    computeInputGradient: throughReLU || i > 0 || computeInputGradient, throughReLU: throughReLU,
                    belowBias: throughReLU ? biasIndex(ofDenseAt: i - 2) : nil, biasDone: biasDone,
                    parameters: &parameters, offset: parameterOffsets[i], accumulate: accumulate)
                i -= throughReLU ? 2 : 1
                continue
            }
            try layers[i].backward(
                input: activations[i], output: activations[i + 1], outputGradient: upstream,
                inputGradient: &gradients[i], computeInputGradient: i > 0 || computeInputGradient,
                parameters: &parameters, offset: parameterOffsets[i], accumulate: accumulate)
            biasDone = false
            i -= 1
        }
    }

    /// The index in `parameters` of the bias of layer `i` when it is a `Dense` layer with a bias.
    func biasIndex(ofDenseAt i: Int) -> Int? {
        guard i >= 0, let dense = layers[i] as? Dense, dense.hasBias else { return nil }
        return parameterOffsets[i] + 1
    }

    /// Layer `i` when it is a `Dense` layer right after a ReLU layer (whose backward it can take over).
    func denseAfterReLU(at i: Int) -> Dense? {
        guard i >= 1, i < layers.count, let dense = layers[i] as? Dense,
            let activation = layers[i - 1] as? ActivationLayer, activation.activation == .relu
        else { return nil }
        return dense
    }

    /// dLoss/dInput from the last `backward(_:computeInputGradient: true)`.
    public var inputGradient: Matrix { gradients[0] }

    /// Sets every parameter gradient to zero (needed only before accumulating with `backward(accumulate: true)`).
    public mutating func zeroGradients() {
        for i in parameters.indices { parameters[i].gradient.fill(0) }
    }
}
