extension ParameterGroup {
    /// Layer-wise rate decay ("lower rates for earlier layers"): the last layer with parameters gets multiplier 1,
    /// the one before `decay`, then `decay²`, … One group per layer that has parameters.
    /// - Throws: `TrainingError.Code.invalidValue` when `decay` is not in `(0, 1]`.
    public static func layerwise(_ model: Sequential, decay: Double) throws -> [ParameterGroup] {
        guard decay > 0, decay <= 1 else { throw TrainingError.invalid("layer decay", decay, allowed: "in (0, 1]") }
        let layers = model.layers.indices.filter { !model.parameterIndices(ofLayer: $0).isEmpty }
        var multiplier = 1.0
        var groups: [ParameterGroup] = []
        for layer in layers.reversed() {
            groups.append(
                ParameterGroup(
                    parameterIndices: Array(model.parameterIndices(ofLayer: layer)),
                    learningRateMultiplier: multiplier))
            multiplier *= decay
        }
        return groups.reversed()
    }
}
