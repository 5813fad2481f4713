import Foundation

extension Trainer {
    /// The run's state as a checkpoint (valid once `fit` has started or a checkpoint was restored).
    /// - Throws: `TrainingError.Code.invalidOrder` before the first `fit`; a `ScheduleError` when a reactive
    ///   schedule cannot encode its state.
    public func checkpoint() throws -> TrainingCheckpoint {
        guard let sampler else {
            throw TrainingError(.invalidOrder, "there is no run to checkpoint yet; call fit first")
        }
        return TrainingCheckpoint(
            step: step,
            fingerprint: .init(
                seed: configuration.seed, batchSize: configuration.batchSize, schedule: configuration.schedule,
                samples: sampler.sampleCount),
            model: model, optimizer: optimizer.state, sampler: sampler,
            reactiveScheduleState: try reactiveSchedule?.encodedState(), divergenceGuard: divergenceGuard,
            snapshot: snapshot, earlyStopping: earlyStopping, smoothedLoss: smoothedLoss, events: events,
            lastValidation: lastValidation)
    }

    /// Continues from a checkpoint: the next `fit` picks up at `checkpoint.step` with the same data order, rates
    /// and random streams.
    /// - Throws: `TrainingError.Code.invalidState` when the checkpoint was written by a run with another seed,
    ///   batch size, schedule, architecture or optimizer.
    public mutating func restore(from checkpoint: TrainingCheckpoint) throws {
        let fingerprint = checkpoint.fingerprint
        guard fingerprint.seed == configuration.seed, fingerprint.batchSize == configuration.batchSize,
            fingerprint.schedule == configuration.schedule
        else {
            throw TrainingError(
                .invalidState,
                "the checkpoint was written with seed \(fingerprint.seed), batch size "
                    + "\(fingerprint.batchSize) and schedule \(fingerprint.schedule.json); this run has seed "
                    + "\(configuration.seed), batch size \(configuration.batchSize) and schedule "
                    + "\(configuration.schedule.json); resume with the original settings")
        }
        guard checkpoint.model.inputColumns == model.inputColumns, checkpoint.model.layerSpecs == model.layerSpecs
        else {
            throw TrainingError(
                .invalidState,
                "the checkpoint's model architecture differs from this trainer's; build the model "
                    + "with the architecture the checkpoint was written with")
        }
        guard checkpoint.optimizer.kind == optimizer.kind else {
            throw TrainingError(
                .invalidState,
                "the checkpoint holds \(checkpoint.optimizer.kind.rawValue) state but this trainer "
                    + "uses \(optimizer.kind.rawValue); resume with the same optimizer")
        }
        if var schedule = reactiveSchedule {
            guard let state = checkpoint.reactiveScheduleState else {
                throw TrainingError(
                    .invalidState,
                    "the checkpoint has no state for the reactive schedule \(configuration.schedule.type)")
            }
            try schedule.restore(encodedState: state)
            reactiveSchedule = schedule
        }
        try optimizer.restore(checkpoint.optimizer)
        model = checkpoint.model
        step = checkpoint.step
        sampler = checkpoint.sampler
        divergenceGuard = checkpoint.divergenceGuard
        snapshot = checkpoint.snapshot
        earlyStopping = checkpoint.earlyStopping
        smoothedLoss = checkpoint.smoothedLoss
        events = checkpoint.events
        lastValidation = checkpoint.lastValidation
        lastCheckpointStep = checkpoint.step
    }

    /// Writes a checkpoint under the policy, prunes old ones and records the event.
    mutating func writeCheckpoint(_ policy: CheckpointPolicy) throws {
        let url = policy.url(step: step)
        try checkpoint().write(to: url)
        lastCheckpointStep = step
        lastCheckpointPath = url.path
        let existing = policy.existingCheckpoints()
        for old in existing.dropLast(policy.keep) where old != url { try? FileManager.default.removeItem(at: old) }
        record(TrainingEvent(kind: .checkpoint, step: step, reason: url.path))
    }
}
