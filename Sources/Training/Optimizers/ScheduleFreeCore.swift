import Tensors

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the two schedule-free optimizers share: the mode, the iterates `z`, the per-group averaging weights (the
/// reference's `lr_max`, `weight_sum`, `ckp1`, one slot per parameter group, 0 = the default group), the checks and
/// the train/eval switch.
struct ScheduleFreeCore: Sendable, Hashable {
    var mode: ModelMode = .training
    var z: [Matrix?] = []
    var maxRates: [Double] = []
    var weightSums: [Double] = []

    /// One step's per-group rates `lr` and averaging weights `c`.
    struct Step {
        var assignment: GroupAssignment
        var rates: [Double]
        var averagingWeights: [Double]
    }

    /// Checks the mode and the shared hyperparameters, and advances every group to step `k` (0-based): the rate is
    /// warmed up linearly over `warmup_steps`, `weight = (k+1)^r · lr_max^weight_lr_power`, `c = weight / Σ weight`.
    mutating func begin(
        _ kind: OptimizerKind, parameters: [Parameter], learningRate: Double,
        hyperparameters h: OptimizerHyperparameters,
        groups: [ParameterGroup], k: Int
    ) throws -> Step {
        guard mode == .training else {
            throw TrainingError(
                .invalidOrder, "\(kind.rawValue) stepped in evaluation mode; call setMode(.training, …) first")
        }
        try OptimizerChecks.learningRate(learningRate)
        try OptimizerChecks.nonNegative("weight_decay", h.weightDecay)
        try OptimizerChecks.nonNegative("r", h.r)
        try OptimizerChecks.nonNegative("weight_lr_power", h.weightLearningRatePower)
        let assignment = try GroupAssignment(
            groups: groups, parameters: parameters, weightDecay: h.weightDecay)
        try OptimizerChecks.prepare(&z, for: parameters, name: "z")
        if maxRates.isEmpty {
            maxRates = Array(repeating: -1, count: assignment.count)
            weightSums = Array(repeating: 0, count: assignment.count)
        }
        guard maxRates.count == assignment.count, weightSums.count == assignment.count else {
            throw TrainingError(
                .invalidState,
                "schedule-free state has \(maxRates.count) group(s) but the optimizer has "
                    + "\(assignment.count) (default group included); keep the parameter groups of the checkpoint")
        }
        let warmup = k < h.warmupSteps ? Double(k + 1) / Double(h.warmupSteps) : 1
        var step = Step(assignment: assignment, rates: [], averagingWeights: [])
        for group in 0..<assignment.count {
            let lr = learningRate * assignment.multipliers[group] * warmup
            maxRates[group] = Swift.max(lr, maxRates[group])
            let weight = pow(Double(k + 1), h.r) * pow(maxRates[group], h.weightLearningRatePower)
            weightSums[group] += weight
            step.rates.append(lr)
            // The reference catches ZeroDivisionError (all weights zero so far) and uses 0.
            step.averagingWeights.append(weightSums[group] == 0 ? 0 : weight / weightSums[group])
        }
        return step
    }

    /// `p ← lerp(p, z, 1 − 1/β)` into evaluation (`x`), `p ← lerp(p, z, 1 − β)` back into training (`y`), for every
    /// parameter that has a `z` (the reference's `eval()` / `train()`).
    mutating func setMode(_ newMode: ModelMode, beta: Float, parameters: inout [Parameter]) {
        guard newMode != mode else { return }
        let weight = newMode == .evaluation ? 1 - 1 / beta : 1 - beta
        for i in parameters.indices where i < z.count {
            guard let zi = z[i], zi.count == parameters[i].value.count else { continue }
            zi.withUnsafeBufferPointer { z in
                parameters[i].value.withUnsafeMutableBufferPointer { p in
                    for j in 0..<p.count { p[j] = Adam.lerp(p[j], z[j], weight) }
                }
            }
        }
        mode = newMode
    }

    /// The per-group scalars for `OptimizerState.scalars`.
    var scalars: [String: [Double]] { ["lr_max": maxRates, "weight_sum": weightSums] }

    /// Restores mode, `z` and the scalars from a saved state.
    init(restoring state: OptimizerState) {
        mode = state.mode
        z = state.buffers["z"] ?? []
        maxRates = state.scalars["lr_max"] ?? []
        weightSums = state.scalars["weight_sum"] ?? []
    }

    init() {}
}
