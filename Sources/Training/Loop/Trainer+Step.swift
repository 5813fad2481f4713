import Foundation
import Tensors

extension Trainer {
    /// Checks the data against the model and sets up the sampler and the first snapshot.
    mutating func prepare(training: TrainingData, validation: TrainingData?) throws {
        guard training.features.columns == model.inputColumns else {
            throw TrainingError(
                .shapeMismatch,
                "the training data has \(training.features.columns) feature columns but the model "
                    + "takes \(model.inputColumns); encode the data with the encoder the model was built for")
        }
        if let validation, validation.features.columns != model.inputColumns {
            throw TrainingError(
                .shapeMismatch,
                "the validation data has \(validation.features.columns) feature columns but the "
                    + "model takes \(model.inputColumns); encode it with the training data's encoder")
        }
        if let sampler {
            guard sampler.sampleCount == training.count else {
                throw TrainingError(
                    .invalidState,
                    "the checkpoint was written for \(sampler.sampleCount) training samples but "
                        + "\(training.count) were given; resume with the same training data")
            }
        } else {
            sampler = try BatchSampler(
                sampleCount: training.count, batchSize: configuration.batchSize, seed: configuration.seed,
                dropLast: configuration.dropLast)
        }
        if divergenceGuard != nil, snapshot == nil {
            snapshot = TrainingSnapshot(step: step, model: model, optimizer: optimizer)
        }
    }

    /// Sets the companion-driven hyperparameters for the update that uses `rate(at: step)`.
    mutating func applyCompanions() {
        for (name, schedule) in companions {
            let value = schedule.rate(at: step)
            switch name {
            case .momentum: optimizer.hyperparameters.momentum = value
            case .beta1: optimizer.hyperparameters.beta1 = value
            case .weightDecay: optimizer.hyperparameters.weightDecay = value
            }
        }
    }

    /// Runs one update (or, when the batch's loss diverges, one rollback and rate cut).
    mutating func runStep(on training: TrainingData) throws {
        guard var sampler else { return }
        let started = DispatchTime.now().uptimeNanoseconds
        let epochBefore = sampler.epoch
        let indices = sampler.nextBatch()
        self.sampler = sampler
        try training.gather(indices, features: &batchFeatures, targets: &batchTargets)
        let scheduled = scheduledRate
        let rate = scheduled * (divergenceGuard?.rateMultiplier ?? 1)
        applyCompanions()
        let output = try model.forward(taking: &batchFeatures)
        let lossValue = try loss.evaluate(output: output, targets: batchTargets, gradient: &outputGradient)
        if let reason = divergenceReason(lossValue) {
            try rollBack(reason: reason, scheduledRate: scheduled)
            return
        }
        try model.backward(outputGradient)
        if let clip = configuration.gradientClipNorm {
            try GradientClipping.clipGlobalNorm(&model.parameters, maxNorm: clip)
        }
        try optimizer.step(&model.parameters, learningRate: rate)
        step += 1
        smoothedLoss.add(lossValue)
        if divergenceGuard?.accept(lossValue) == true {
            if snapshot == nil {
                snapshot = TrainingSnapshot(step: step, model: model, optimizer: optimizer)
            } else {
                snapshot!.retake(step: step, model: model, optimizer: optimizer)
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        let report = StepReport(
            step: step, epoch: epochBefore, loss: lossValue, rate: rate,
            samplesPerSecond: seconds > 0 ? Double(indices.count) / seconds : 0)
        for observer in observers { observer.trainerDidStep(report) }
    }

    /// Why the loss counts as divergence; without a guard, a non-finite loss ends the run.
    func divergenceReason(_ lossValue: Double) -> String? {
        if let divergenceGuard { return divergenceGuard.divergenceReason(for: lossValue) }
        return lossValue.isFinite ? nil : "loss is \(lossValue)"
    }

    /// Restores the last snapshot and cuts the rate multiplier (the diverged batch is skipped, the step is not
    /// counted).
    mutating func rollBack(reason: String, scheduledRate: Double) throws {
        guard var guardState = divergenceGuard, let snapshot else {
            throw TrainingError(
                .diverged,
                "training diverged at step \(step) (\(reason)) and the divergence guard is off; lower "
                    + "the learning rate or turn the guard on")
        }
        let (old, new) = try guardState.cut(step: step, reason: reason)
        try snapshot.restore(into: &model, optimizer: &optimizer)
        divergenceGuard = guardState
        record(
            TrainingEvent(
                kind: .divergenceCut, step: step, oldRate: scheduledRate * old, newRate: scheduledRate * new,
                reason: "\(reason); restored the state of step \(snapshot.step)"))
    }
}
