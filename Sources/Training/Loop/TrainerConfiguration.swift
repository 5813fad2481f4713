import Schedules

/// What a `Trainer` runs: the length, the batch size, the seed, the schedule and its companions, validation,
/// early stopping, the divergence guard and checkpoints. `Codable`, so a run's recipe can be stored beside it.
public struct TrainerConfiguration: Sendable, Codable {
    /// A hyperparameter a companion schedule can drive each step.
    public enum Hyperparameter: String, Sendable, Hashable, Codable, CaseIterable {
        /// SGD / RMSProp / schedule-free SGD momentum.
        case momentum
        /// Adam's beta1.
        case beta1
        /// Weight decay.
        case weightDecay = "weight_decay"
    }

    /// The validation metric that reactive schedules and early stopping watch.
    public enum Monitor: String, Sendable, Hashable, Codable {
        /// The mean validation loss (lower is better).
        case validationLoss = "val_loss"
        /// The validation accuracy (higher is better; classification only).
        case validationAccuracy = "val_accuracy"
    }

    /// Total updates of the run (use `steps(epochs:samples:batchSize:)` to count in epochs).
    public var steps: Int
    /// Samples per batch.
    public var batchSize: Int = 32
    /// Skip each epoch's last incomplete batch.
    public var dropLast: Bool = false
    /// Seeds the shuffling of the training data.
    public var seed: UInt64 = 0
    /// The learning-rate schedule, stepped every update.
    public var schedule: ScheduleSpec
    /// The base rate for a schedule spec without `lr` (`inheritedRate` of the schedule catalogue).
    public var learningRate: Double?
    /// Apply the momentum a schedule cycles itself (one-cycle, cyclic) to momentum or Adam's beta1, as torch's
    /// `cycle_momentum=True`.
    public var cycleMomentum: Bool = true
    /// Pure schedules for other hyperparameters, evaluated at each step (override `cycleMomentum`).
    public var companions: [Hyperparameter: ScheduleSpec] = [:]
    /// Validate every this many updates (and at the end); `nil` validates only at the end, when validation data
    /// is given.
    public var validationInterval: Int?
    /// The metric fed to reactive schedules and early stopping.
    public var monitor: Monitor = .validationLoss
    /// Early stopping on the monitored metric, if any.
    public var earlyStopping: EarlyStopping?
    /// The divergence guard; `nil` turns it off (a NaN loss then ends the run with an error).
    public var divergenceGuard: DivergenceGuard.Settings? = DivergenceGuard.Settings()
    /// Clip the global L2 gradient norm to this value before each update, if set.
    public var gradientClipNorm: Double?
    /// Where and how often checkpoints are written, if at all.
    public var checkpoints: CheckpointPolicy?

    /// Creates a configuration with the required fields; set the rest as properties.
    public init(steps: Int, batchSize: Int = 32, seed: UInt64 = 0, schedule: ScheduleSpec) {
        self.steps = steps
        self.batchSize = batchSize
        self.seed = seed
        self.schedule = schedule
    }

    /// The number of updates in `epochs` passes over `samples` samples.
    public static func steps(epochs: Int, samples: Int, batchSize: Int, dropLast: Bool = false) -> Int {
        guard batchSize > 0, samples > 0, epochs > 0 else { return 0 }
        let perEpoch = dropLast ? samples / batchSize : (samples + batchSize - 1) / batchSize
        return epochs * perEpoch
    }

    /// Checks the configuration.
    /// - Throws: `TrainingError.Code.invalidValue` naming the field.
    public func validate() throws {
        guard steps >= 0 else { throw TrainingError.invalid("steps", steps, allowed: "0 or more") }
        guard batchSize >= 1 else { throw TrainingError.invalid("batch_size", batchSize, allowed: "at least 1") }
        if let interval = validationInterval, interval < 1 {
            throw TrainingError.invalid("validation_interval", interval, allowed: "at least 1 step")
        }
        if let clip = gradientClipNorm, !(clip > 0 && clip.isFinite) {
            throw TrainingError.invalid("gradient_clip_norm", clip, allowed: "a positive finite norm")
        }
        try divergenceGuard?.validate()
        try checkpoints?.validate()
    }
}
