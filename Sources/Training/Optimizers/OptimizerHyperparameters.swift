/// Every hyperparameter of every optimizer, named as torch names them. Each optimizer reads the ones it uses.
///
/// Public and mutable so a companion schedule can drive them per step:
/// `optimizer.hyperparameters.momentum = momentumSchedule.rate(at: step)` before `step`.
/// Values are validated at each `step` (an out-of-range value throws `TrainingError.Code.invalidValue`).
public struct OptimizerHyperparameters: Sendable, Hashable, Codable {
    /// SGD / RMSProp / schedule-free SGD momentum (`momentum`).
    public var momentum: Double = 0
    /// SGD dampening (`dampening`).
    public var dampening: Double = 0
    /// SGD Nesterov momentum (`nesterov`).
    public var nesterov: Bool = false
    /// Adam-family first-moment decay (`betas[0]`); the schedule-free AdamW interpolation.
    public var beta1: Double = 0.9
    /// Adam-family second-moment decay (`betas[1]`).
    public var beta2: Double = 0.999
    /// Denominator term (`eps`).
    public var epsilon: Double = 1e-8
    /// Weight decay (`weight_decay`): L2 added to the gradient, or decoupled for AdamW and schedule-free.
    public var weightDecay: Double = 0
    /// Adam/AdamW AMSGrad variant (`amsgrad`).
    public var amsgrad: Bool = false
    /// RMSProp smoothing constant (`alpha`).
    public var alpha: Double = 0.99
    /// RMSProp centered variant (`centered`).
    public var centered: Bool = false
    /// Adagrad learning-rate decay (`lr_decay`).
    public var learningRateDecay: Double = 0
    /// Adagrad initial accumulator (`initial_accumulator_value`).
    public var initialAccumulatorValue: Double = 0
    /// Schedule-free linear warmup length in steps (`warmup_steps`).
    public var warmupSteps: Int = 0
    /// Schedule-free polynomial weighting power (`r`).
    public var r: Double = 0
    /// Schedule-free weighting by the maximum learning rate (`weight_lr_power`).
    public var weightLearningRatePower: Double = 2

    /// All fields at their declared defaults; prefer `defaults(for:)`.
    public init() {}

    /// torch's (or the schedulefree package's) defaults for `kind`, e.g. AdamW `weight_decay=0.01`,
    /// Adagrad `eps=1e-10`, schedule-free SGD `momentum=0.9`.
    public static func defaults(for kind: OptimizerKind) -> OptimizerHyperparameters {
        var h = OptimizerHyperparameters()
        switch kind {
        case .sgd, .adam: break
        case .adamw: h.weightDecay = 0.01
        case .rmsprop: h.epsilon = 1e-8
        case .adagrad: h.epsilon = 1e-10
        case .sgdScheduleFree: h.momentum = 0.9
        case .adamwScheduleFree: break
        }
        return h
    }
}
