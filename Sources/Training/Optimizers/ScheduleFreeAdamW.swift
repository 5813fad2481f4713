import Tensors

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Schedule-free AdamW (Defazio et al. 2024), following `schedulefree.AdamWScheduleFree`.
///
/// Per step (schedulefree 1.4), with `lr_k = lr · warmup`: `v ← β₂·v + (1 − β₂)·g²`;
/// `ĝ ← g/(√(v / (1 − β₂^(k+1))) + eps) + wd·y`; `y ← lerp(y, z, c)`; `y ← y + lr_k·(β₁(1 − c) − 1)·ĝ`;
/// `z ← z − lr_k·ĝ`. The parameters hold `y` in training and `x` in evaluation (`setMode`). Unlike the reference,
/// a new optimizer starts in training mode (the reference needs an explicit `train()` first; the effect is the same).
public struct ScheduleFreeAdamW: Optimizer {
    public var hyperparameters: OptimizerHyperparameters
    public var groups: [ParameterGroup]
    public private(set) var stepCount = 0
    /// Whether the parameters hold `y` (training) or `x` (evaluation).
    public var mode: ModelMode { core.mode }
    var core = ScheduleFreeCore()
    var expAvgSq: [Matrix?] = []

    /// Creates the optimizer; `hyperparameters` defaults to the reference's (`betas=(0.9, 0.999)`, `eps=1e-8`).
    public init(
        hyperparameters: OptimizerHyperparameters = .defaults(for: .adamwScheduleFree), groups: [ParameterGroup] = []
    ) {
        self.hyperparameters = hyperparameters
        self.groups = groups
    }

    public var kind: OptimizerKind { .adamwScheduleFree }

    public mutating func step(_ parameters: inout [Parameter], learningRate: Double) throws {
        let h = hyperparameters
        guard h.beta1 > 0, h.beta1 < 1 else {
            throw TrainingError.invalid("betas[0]", h.beta1, allowed: "in (0, 1) for schedule-free AdamW")
        }
        try OptimizerChecks.below("betas[1]", h.beta2, lower: 0, upper: 1)
        try OptimizerChecks.nonNegative("eps", h.epsilon)
        try OptimizerChecks.prepare(&expAvgSq, for: parameters, name: "exp_avg_sq")
        let biasCorrection2 = 1 - pow(h.beta2, Double(stepCount + 1))
        let step = try core.begin(
            kind, parameters: parameters, learningRate: learningRate, hyperparameters: h, groups: groups, k: stepCount)
        let (beta1, beta2, beta2Complement, eps) = (h.beta1, Float(h.beta2), Float(1 - h.beta2), Float(h.epsilon))
        let correction2 = Float(biasCorrection2)
        for i in parameters.indices {
            let group = step.assignment.groupOfParameter[i]
            let (lr, c) = (step.rates[group], step.averagingWeights[group])
            let decay = Float(step.assignment.weightDecays[group])
            let (ckp1, yStep, zStep) = (Float(c), Float(lr * (beta1 * (1 - c) - 1)), Float(lr))
            var zi = core.z[i] ?? parameters[i].value
            var v = expAvgSq[i] ?? Matrix(rows: parameters[i].value.rows, columns: parameters[i].value.columns)
            core.z[i] = nil
            expAvgSq[i] = nil
            parameters[i].gradient.withUnsafeBufferPointer { grad in
                parameters[i].value.withUnsafeMutableBufferPointer { y in
                    zi.withUnsafeMutableBufferPointer { z in
                        v.withUnsafeMutableBufferPointer { v in
                            for j in 0..<y.count {
                                let g = grad[j]
                                v[j] = v[j] * beta2 + beta2Complement * g * g
                                var normalized = g / ((v[j] / correction2).squareRoot() + eps)
                                if decay != 0 { normalized = normalized + decay * y[j] }
                                y[j] = Adam.lerp(y[j], z[j], ckp1)
                                y[j] = y[j] + yStep * normalized
                                z[j] = z[j] - zStep * normalized
                            }
                        }
                    }
                }
            }
            core.z[i] = zi
            expAvgSq[i] = v
        }
        stepCount += 1
    }

    public mutating func setMode(_ newMode: ModelMode, parameters: inout [Parameter]) {
        core.setMode(newMode, beta: Float(hyperparameters.beta1), parameters: &parameters)
    }

    public var state: OptimizerState {
        OptimizerState(
            kind: kind, hyperparameters: hyperparameters, groups: groups, stepCount: stepCount, mode: core.mode,
            buffers: ["z": core.z, "exp_avg_sq": expAvgSq],
            scalars: core.scalars)
    }

    public mutating func restore(_ state: OptimizerState) throws {
        try OptimizerChecks.kind(state, is: kind)
        hyperparameters = state.hyperparameters
        groups = state.groups
        stepCount = state.stepCount
        core = ScheduleFreeCore(restoring: state)
        expAvgSq = state.buffers["exp_avg_sq"] ?? []
    }
}
