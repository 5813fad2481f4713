/// Which group each parameter belongs to (0 = default, `g + 1` = `groups[g]`), with its rate multiplier and decay.
struct GroupAssignment {
    var groupOfParameter: [Int]
    var multipliers: [Double]
    var weightDecays: [Double]

    /// Resolves `groups` for `parameters`, after checking that every gradient has its parameter's shape (the update
    /// loops read both with unchecked pointers).
    /// - Throws: `TrainingError.Code.invalidValue` for an index out of range, a parameter in two groups, or a
    ///   negative multiplier or decay; `.shapeMismatch` for a gradient whose shape differs from its parameter's.
    init(groups: [ParameterGroup], parameters: [Parameter], weightDecay: Double) throws {
        for p in parameters where p.gradient.rows != p.value.rows || p.gradient.columns != p.value.columns {
            throw TrainingError(
                .shapeMismatch,
                "the gradient of \(p.name) is \(p.gradient.rows)×\(p.gradient.columns) but the "
                    + "parameter is \(p.value.rows)×\(p.value.columns); run backward on the model before stepping")
        }
        let parameterCount = parameters.count
        groupOfParameter = [Int](repeating: 0, count: parameterCount)
        multipliers = [1]
        weightDecays = [weightDecay]
        for (g, group) in groups.enumerated() {
            guard group.learningRateMultiplier >= 0, group.learningRateMultiplier.isFinite else {
                throw TrainingError.invalid(
                    "groups[\(g)].lr_multiplier", group.learningRateMultiplier, allowed: "finite and >= 0")
            }
            let decay = group.weightDecay ?? weightDecay
            guard decay >= 0, decay.isFinite else {
                throw TrainingError.invalid("groups[\(g)].weight_decay", decay, allowed: "finite and >= 0")
            }
            multipliers.append(group.learningRateMultiplier)
            weightDecays.append(decay)
            for index in group.parameterIndices {
                guard index >= 0, index < parameterCount else {
                    throw TrainingError.invalid(
                        "groups[\(g)] parameter index", index,
                        allowed: "in 0..<\(parameterCount) (the model's parameters)")
                }
                guard groupOfParameter[index] == 0 else {
                    throw TrainingError(
                        .invalidValue,
                        "parameter \(index) is in groups[\(groupOfParameter[index] - 1)] and "
                            + "groups[\(g)]; put each parameter in at most one group")
                }
                groupOfParameter[index] = g + 1
            }
        }
    }

    /// The group slot count, default group included.
    var count: Int { multipliers.count }
}
