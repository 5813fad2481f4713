/// Which group each parameter belongs to (0 = default, `g + 1` = `groups[g]`), with its rate multiplier and decay.
struct GroupAssignment {
    var groupOfParameter: [Int]
    var multipliers: [Double]
    var weightDecays: [Double]

    /// Resolves `groups` for `parameterCount` parameters.
    /// - Throws: `TrainingError.Code.invalidValue` for an index out of range, a parameter in two groups, or a
    ///   negative multiplier or decay.
    init(groups: [ParameterGroup], parameterCount: Int, weightDecay: Double) throws {
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
