/// Watches the training loss for divergence and decides when to roll back and cut the rate.
///
/// A step diverges when its loss is NaN or infinite, or, after `warmupSteps` good steps, exceeds `threshold ×` the
/// running average of good losses (an exponential moving average with `beta`, bias-corrected as fastai's smoothed
/// loss) on `patience` consecutive steps. One noisy batch is not divergence: once a model's loss is small, single
/// batches above 4× the average are common (seen on two-moons at a loss of 0.05), while a real blow-up persists.
/// Losses above the threshold are kept out of the running average. The trainer then restores its last snapshot (weights and optimizer state, taken every
/// `snapshotInterval` good steps), multiplies the persistent rate multiplier by `factor`, records an event, and
/// continues; after `maxRetries` cuts in one run it gives up with `TrainingError.Code.diverged`.
///
/// Defaults: `threshold` 4 (fastai's LR finder stops at 4× the best smoothed loss), `patience` 3, `warmupSteps` 20 (the first
/// losses of a fresh model are volatile), `factor` 0.5, `maxRetries` 5 (a rate 32× lower than asked is no longer
/// the schedule the user chose), `snapshotInterval` 50, `beta` 0.9 (an average over about ten steps, so a slow
/// upward drift is tracked and only a sudden jump trips the guard).
public struct DivergenceGuard: Sendable, Hashable, Codable {
    /// Settings of the guard.
    public struct Settings: Sendable, Hashable, Codable {
        /// A loss above `threshold ×` the running average counts as divergence.
        public var threshold: Double = 4
        /// Consecutive steps above the threshold that count as divergence (NaN and infinity count at once).
        public var patience: Int = 3
        /// Good steps before the ratio test applies (NaN and infinity are caught from the first step).
        public var warmupSteps: Int = 20
        /// The rate multiplier is multiplied by this at each cut.
        public var factor: Double = 0.5
        /// Cuts allowed in one run before giving up.
        public var maxRetries: Int = 5
        /// Good steps between snapshots of the state to roll back to.
        public var snapshotInterval: Int = 50
        /// Weight of the past in the running average of losses.
        public var beta: Double = 0.9

        /// The documented defaults.
        public init() {}

        /// Checks the settings.
        /// - Throws: `TrainingError.Code.invalidValue` naming the bad setting.
        public func validate() throws {
            guard threshold > 1, threshold.isFinite else {
                throw TrainingError.invalid("guard.threshold", threshold, allowed: "a finite number above 1 (e.g. 4)")
            }
            guard patience >= 1 else {
                throw TrainingError.invalid("guard.patience", patience, allowed: "1 or more (e.g. 3)")
            }
            guard warmupSteps >= 0 else {
                throw TrainingError.invalid("guard.warmup_steps", warmupSteps, allowed: "0 or more (e.g. 20)")
            }
            guard factor > 0, factor < 1 else {
                throw TrainingError.invalid("guard.factor", factor, allowed: "between 0 and 1 (e.g. 0.5)")
            }
            guard maxRetries >= 0 else {
                throw TrainingError.invalid("guard.max_retries", maxRetries, allowed: "0 or more (e.g. 5)")
            }
            guard snapshotInterval >= 1 else {
                throw TrainingError.invalid("guard.snapshot_interval", snapshotInterval, allowed: "1 or more (e.g. 50)")
            }
            guard beta >= 0, beta < 1 else {
                throw TrainingError.invalid("guard.beta", beta, allowed: "in [0, 1) (e.g. 0.9)")
            }
        }
    }

    /// The settings.
    public let settings: Settings
    /// The persistent multiplier applied to the schedule's rate (1 until the first cut).
    public private(set) var rateMultiplier: Double = 1
    /// Cuts made so far.
    public private(set) var retries: Int = 0
    /// Good steps seen (since the start of the run).
    public private(set) var goodSteps: Int = 0
    /// Good steps since the last snapshot.
    public private(set) var stepsSinceSnapshot: Int = 0
    /// Consecutive steps so far whose loss was above the threshold.
    public private(set) var stepsAboveThreshold: Int = 0
    private var average = SmoothedLoss(beta: 0.9)

    /// Creates a guard.
    /// - Throws: `TrainingError.Code.invalidValue` for bad settings.
    public init(settings: Settings = Settings()) throws {
        try settings.validate()
        self.settings = settings
        self.average = SmoothedLoss(beta: settings.beta)
    }

    /// The running average of good losses, `nil` before the first.
    public var runningAverage: Double? { average.value }

    /// Why `loss` counts as divergence, or `nil` when it is a good step.
    public func divergenceReason(for loss: Double) -> String? {
        if loss.isNaN { return "loss is NaN" }
        if loss.isInfinite { return "loss is infinite" }
        guard let mean = exceedsThreshold(loss), stepsAboveThreshold + 1 >= settings.patience else { return nil }
        let run = settings.patience > 1 ? " on \(settings.patience) consecutive steps" : ""
        return "loss \(loss) is above \(settings.threshold)× its running average \(mean)\(run)"
    }

    /// The running average that `loss` is above `threshold ×`, or `nil` when it is not (or the guard is warming up).
    func exceedsThreshold(_ loss: Double) -> Double? {
        guard goodSteps >= settings.warmupSteps, let mean = average.value, mean > 0 else { return nil }
        return loss > settings.threshold * mean ? mean : nil
    }

    /// Records a step that did not diverge. Returns `true` when the trainer should take a snapshot now.
    public mutating func accept(_ loss: Double) -> Bool {
        if exceedsThreshold(loss) != nil {
            stepsAboveThreshold += 1
        } else {
            stepsAboveThreshold = 0
            average.add(loss)
        }
        goodSteps += 1
        stepsSinceSnapshot += 1
        if stepsSinceSnapshot >= settings.snapshotInterval {
            stepsSinceSnapshot = 0
            return true
        }
        return false
    }

    /// Cuts the multiplier after a divergence.
    /// - Returns: the multiplier before and after the cut.
    /// - Throws: `TrainingError.Code.diverged` when `maxRetries` cuts were already made.
    public mutating func cut(step: Int, reason: String) throws -> (old: Double, new: Double) {
        guard retries < settings.maxRetries else {
            throw TrainingError(
                .diverged,
                "training diverged at step \(step) (\(reason)) after \(retries) rate cuts down to "
                    + "\(rateMultiplier)× the schedule; lower the learning rate (try the LR range test), add warmup "
                    + "or gradient clipping")
        }
        retries += 1
        stepsAboveThreshold = 0
        let old = rateMultiplier
        rateMultiplier *= settings.factor
        stepsSinceSnapshot = 0
        return (old, rateMultiplier)
    }

    /// Notes that a snapshot was just taken outside `accept` (at the start of a run or after a restore).
    mutating func markSnapshot() { stepsSinceSnapshot = 0 }
}

extension TrainingError.Code {
    /// Training diverged and the divergence guard gave up (or was off).
    public static let diverged = TrainingError.Code("diverged")
}
