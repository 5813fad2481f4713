/// Receives progress from a `Trainer`: progress bars, metric stores and reports plug in here without the trainer
/// knowing them. Every method has an empty default, so an observer implements only what it needs.
///
/// Observers are called synchronously on the training thread, in the order they were added; keep them cheap.
public protocol TrainingObserver: AnyObject {
    /// After each update.
    func trainerDidStep(_ report: StepReport)
    /// After each validation.
    func trainerDidValidate(_ report: ValidationReport)
    /// When the trainer makes a decision of its own (rate cut, early stop, checkpoint, interruption).
    func trainerDidRecord(_ event: TrainingEvent)
    /// Once, when the run ends (completed, stopped early or interrupted; not when it throws).
    func trainerDidEnd(_ result: TrainingResult)
}

extension TrainingObserver {
    public func trainerDidStep(_ report: StepReport) {}
    public func trainerDidValidate(_ report: ValidationReport) {}
    public func trainerDidRecord(_ event: TrainingEvent) {}
    public func trainerDidEnd(_ result: TrainingResult) {}
}

/// One update, as observers see it.
public struct StepReport: Sendable, Hashable, Codable {
    /// Updates completed, including this one (1 after the first update).
    public var step: Int
    /// Completed epochs before this batch.
    public var epoch: Int
    /// The batch's mean training loss (before the update).
    public var loss: Double
    /// The effective base rate used (schedule × guard multiplier; groups multiply it further).
    public var rate: Double
    /// Samples in the batch divided by the step's wall time.
    public var samplesPerSecond: Double
}

/// One validation pass, as observers see it.
public struct ValidationReport: Sendable, Hashable, Codable {
    /// Updates completed.
    public var step: Int
    /// The mean validation loss.
    public var loss: Double
    /// The validation accuracy (classification losses only).
    public var accuracy: Double?
    /// The value of the monitored metric (fed to reactive schedules and early stopping).
    public var monitored: Double
}
