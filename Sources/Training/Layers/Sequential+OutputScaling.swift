extension Sequential {
    /// Makes the model output `factor · y + shift` where it output `y`, by rescaling its last layer's weight (and
    /// bias) in place: how a regression model trained on standardised targets is put back into the targets' units,
    /// and how a temperature (`factor = 1 / T`) is folded into a classifier's logits.
    /// - Throws: `TrainingError.Code.invalidState` when the last layer is not dense (the output is then not linear
    ///   in its weights), or when `shift` is not zero and that layer has no bias.
    public mutating func scaleOutput(by factor: Float, shift: Float = 0) throws {
        let last = layerSpecs.count - 1
        guard last >= 0, case .dense(_, _, let hasBias) = layerSpecs[last] else {
            throw TrainingError(
                .invalidState,
                "the model's last layer is not a dense layer, so its output cannot be rescaled through its weights; "
                    + "end the model with a dense layer (every preset does)")
        }
        guard hasBias || shift == 0 else {
            throw TrainingError(
                .invalidState,
                "the model's last dense layer has no bias, so its output cannot be shifted by \(shift); "
                    + "give the output layer a bias")
        }
        let indices = parameterIndices(ofLayer: last)
        for index in indices {
            let isBias = index == indices.upperBound - 1 && hasBias
            parameters[index].value.withUnsafeMutableBufferPointer { values in
                for i in values.indices {
                    values[i] = isBias && shift != 0 ? values[i] * factor + shift : values[i] * factor
                }
            }
        }
    }
}
