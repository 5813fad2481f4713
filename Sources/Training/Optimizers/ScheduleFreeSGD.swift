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
    public var mode: ModelMode { core.mode }
    var core = ScheduleFreeCore()

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
        guard h.momentum > 0, h.momentum < 1 else {
            throw TrainingError.invalid("momentum", h.momentum, allowed: "in (0, 1) for schedule-free SGD")
        }
        let step = try core.begin(
            kind, parameters: parameters, learningRate: learningRate, hyperparameters: h, groups: groups, k: stepCount)
        let momentum = h.momentum
        for i in parameters.indices {
            let group = step.assignment.groupOfParameter[i]
            let (lr, c) = (step.rates[group], step.averagingWeights[group])
            let decay = Float(step.assignment.weightDecays[group])
            let (ckp1, yStep, zStep) = (Float(c), Float(lr * (momentum * (1 - c) - 1)), Float(lr))
            var zi = core.z[i] ?? parameters[i].value
            core.z[i] = nil
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
            core.z[i] = zi
        }
        stepCount += 1
    }

    public mutating func setMode(_ newMode: ModelMode, parameters: inout [Parameter]) {
        core.setMode(newMode, beta: Float(hyperparameters.momentum), parameters: &parameters)
    }

    public var state: OptimizerState {
        OptimizerState(
            kind: kind, hyperparameters: hyperparameters, groups: groups, stepCount: stepCount, mode: core.mode,
            buffers: ["z": core.z], scalars: core.scalars)
    }

    public mutating func restore(_ state: OptimizerState) throws {
        try OptimizerChecks.kind(state, is: kind)
        hyperparameters = state.hyperparameters
        groups = state.groups
        stepCount = state.stepCount
        core = ScheduleFreeCore(restoring: state)
    }
}
