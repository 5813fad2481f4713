import Evaluation

/// How a `Trainer.fit` call ended and what it produced.
public struct TrainingResult: Sendable, Codable {
    /// Why the run ended.
    public enum Ending: String, Sendable, Hashable, Codable {
        /// All configured steps were run.
        case completed
        /// Early stopping ended the run.
        case earlyStopped = "early_stopped"
        /// A stop was requested; a checkpoint was written when a policy is set.
        case interrupted
    }

    /// Why the run ended.
    public var ending: Ending
    /// Updates completed (over all resumed segments).
    public var steps: Int
    /// Completed epochs.
    public var epochs: Int
    /// The smoothed training loss at the end (fastai's β = 0.98 average), `nil` if no step ran.
    public var trainingLoss: Double?
    /// The last validation, if any.
    public var lastValidation: ValidationReport?
    /// The best monitored validation value and its step, if any validation ran.
    public var bestValidation: Double?
    /// The step of `bestValidation`.
    public var bestStep: Int?
    /// Decisions the trainer made (rate cuts, early stop, checkpoints).
    public var events: [TrainingEvent]
    /// The divergence guard's final rate multiplier (1 when it never cut).
    public var rateMultiplier: Double
    /// Wall and CPU time and samples of this call.
    public var cost: Cost
    /// The last checkpoint written, if any.
    public var lastCheckpointPath: String?
}
