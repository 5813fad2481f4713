import Tensors

/// Schedule-free SGD (Defazio et al. 2024, "The Road Less Scheduled"), following `schedulefree.SGDScheduleFree`.
///
/// The parameters hold `y` (where gradients are taken) in training mode and the average `x` in evaluation mode;
/// `z` is the SGD iterate. Per step: `g ← g + wd·y`; `y ← lerp(y, z, c)`; `y ← y + lr·(β(1 − c) − 1)·g`;
/// `z ← z − lr·g`, with `lr` warmed up linearly over `warmup_steps` and `c` the averaging weight
/// (`(k+1)^r · lr_max^weight_lr_power`, normalised). Call `setMode(.evaluation, …)` before evaluating.
public struct ScheduleFreeSGD: Optimizer {
    public var hyperparameters: OptimizerHyperparameters
    public var groups: [ParameterGroup]
    public private(set) var stepCount = 0
    /// Whether the parameters hold `y` (training) or `x` (evaluation).
    public private(set) var mode: ModelMode = .training
    var z: [Matrix?] = []
    var weighting = ScheduleFreeWeighting()

    /// Creates the optimizer; `hyperparameters` defaults to the reference's (`momentum=0.9`).
    public init(
        hyperparameters: OptimizerHyperparameters = .defaults(for: .sgdScheduleFree), groups: [ParameterGroup] = []
    ) {
        self.hyperparameters = hyperparameters
        self.groups = groups
    }

    public var kind: OptimizerKind { .sgdScheduleFree }

    public mutating func step(_ parameters: inout [Parameter], learningRate: Double) throws {
        let h = hyperparameters
        guard mode == .training else {
            throw TrainingError(
                .invalidOrder, "sgd_schedule_free stepped in evaluation mode; call setMode(.training, …) first")
        }
        try OptimizerChecks.learningRate(learningRate)
        guard h.momentum > 0, h.momentum < 1 else {
            throw TrainingError.invalid("momentum", h.momentum, allowed: "in (0, 1) for schedule-free SGD")
        }
        try OptimizerChecks.nonNegative("weight_decay", h.weightDecay)
        try OptimizerChecks.nonNegative("r", h.r)
        try OptimizerChecks.nonNegative("weight_lr_power", h.weightLearningRatePower)
        let assignment = try GroupAssignment(
            groups: groups, parameterCount: parameters.count, weightDecay: h.weightDecay)
        try OptimizerChecks.prepare(&z, for: parameters, name: "z")
        try weighting.prepare(groupCount: assignment.count)
        let k = stepCount
        let sched = ScheduleFreeWeighting.warmup(k: k, steps: h.warmupSteps)
        var rates: [Double] = []
        var averagingWeights: [Double] = []
        for group in 0..<assignment.count {
            let lr = learningRate * assignment.multipliers[group] * sched
            rates.append(lr)
            averagingWeights.append(
                weighting.advance(group: group, k: k, lr: lr, r: h.r, power: h.weightLearningRatePower))
        }
        let momentum = h.momentum
        for i in parameters.indices {
            let group = assignment.groupOfParameter[i]
            let (lr, c) = (rates[group], averagingWeights[group])
            let decay = Float(assignment.weightDecays[group])
            let (ckp1, yStep, zStep) = (Float(c), Float(lr * (momentum * (1 - c) - 1)), Float(lr))
            var zi = z[i] ?? parameters[i].value
            z[i] = nil
            parameters[i].gradient.withUnsafeBufferPointer { grad in
                parameters[i].value.withUnsafeMutableBufferPointer { y in
                    zi.withUnsafeMutableBufferPointer { z in
                        for j in 0..<y.count {
                            var g = grad[j]
                            if decay != 0 { g = g + decay * y[j] }
                            y[j] = Adam.lerp(y[j], z[j], ckp1)
                            y[j] = y[j] + yStep * g
                            z[j] = z[j] - zStep * g
                        }
                    }
                }
            }
            z[i] = zi
        }
        stepCount += 1
    }

    public mutating func setMode(_ newMode: ModelMode, parameters: inout [Parameter]) {
        guard newMode != mode else { return }
        let beta = Float(hyperparameters.momentum)
        ScheduleFreeSwitch.apply(to: &parameters, z: z, weight: newMode == .evaluation ? 1 - 1 / beta : 1 - beta)
        mode = newMode
    }

    public var state: OptimizerState {
        OptimizerState(
            kind: kind, hyperparameters: hyperparameters, groups: groups, stepCount: stepCount, mode: mode,
            buffers: ["z": z], scalars: ["lr_max": weighting.maxRates, "weight_sum": weighting.weightSums])
    }

    public mutating func restore(_ state: OptimizerState) throws {
        try OptimizerChecks.kind(state, is: kind)
        hyperparameters = state.hyperparameters
        groups = state.groups
        stepCount = state.stepCount
        mode = state.mode
        z = state.buffers["z"] ?? []
        weighting = ScheduleFreeWeighting(
            maxRates: state.scalars["lr_max"] ?? [], weightSums: state.scalars["weight_sum"] ?? [])
    }
}
