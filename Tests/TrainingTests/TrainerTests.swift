import Foundation
import Schedules
import Tensors
import Testing

@testable import Training

/// The training loop: schedule stepping, companions, parameter groups, validation, events, early stopping, stop flag.
struct TrainerTests {
    let train = try! TrainerFixtures.classification(rows: 96)
    let valid = try! TrainerFixtures.classification(rows: 48, seed: 21)

    func model(seed: UInt64 = 2) throws -> Sequential {
        try Sequential.mlp(inputs: 6, hidden: [10], outputs: 3, seed: seed)
    }

    @Test func pureScheduleIsSteppedEveryUpdate() throws {
        let spec = ScheduleSpec(type: "cosine_annealing", parameters: ["lr": 0.1, "t_max": 30, "eta_min": 0.001])
        let configuration = TrainerConfiguration(steps: 30, batchSize: 16, schedule: spec)
        var trainer = try Trainer(
            model: model(), optimizer: SGD(), loss: CrossEntropyLoss(), configuration: configuration)
        let recorder = TrainerFixtures.Recorder()
        trainer.observers.append(recorder)
        _ = try trainer.fit(training: train)
        guard case .pure(let schedule) = try ScheduleCatalog.standard.build(spec) else {
            Issue.record("cosine_annealing should be pure")
            return
        }
        #expect(recorder.steps.map(\.step) == Array(1...30))
        // Update t + 1 uses rate(at: t), the project's step convention.
        #expect(recorder.steps.map(\.rate) == (0..<30).map { schedule.rate(at: $0) })
        #expect(recorder.steps.allSatisfy { $0.samplesPerSecond > 0 && $0.loss.isFinite })
        #expect(recorder.ended?.ending == .completed)
    }

    @Test func oneCycleDrivesAdamBeta1AndCompanionsDriveWeightDecay() throws {
        let spec = ScheduleSpec(type: "one_cycle", parameters: ["max_lr": 0.01, "total_steps": 25])
        let decay = ScheduleSpec(
            type: "linear",
            parameters: [
                "lr": 0.01, "start_factor": 1, "end_factor": 0.1,
                "total_iters": 24,
            ])
        var configuration = TrainerConfiguration(steps: 25, batchSize: 16, schedule: spec)
        configuration.companions[.weightDecay] = decay
        var trainer = try Trainer(
            model: model(), optimizer: Adam(), loss: CrossEntropyLoss(), configuration: configuration)
        _ = try trainer.fit(training: train)
        let built = try ScheduleCatalog.standard.build(spec)
        let momentum = try #require(built.momentum)
        guard case .pure(let decaySchedule) = try ScheduleCatalog.standard.build(decay) else {
            Issue.record("linear should be pure")
            return
        }
        // The last update (step 25) used the companions' values at step 24.
        #expect(trainer.optimizer.hyperparameters.beta1 == momentum.rate(at: 24))
        #expect(trainer.optimizer.hyperparameters.weightDecay == decaySchedule.rate(at: 24))
        #expect(trainer.optimizer.hyperparameters.beta1 != OptimizerHyperparameters.defaults(for: .adam).beta1)
    }

    @Test func cycleMomentumOffLeavesMomentumAlone() throws {
        var configuration = TrainerConfiguration(
            steps: 10, batchSize: 16,
            schedule: ScheduleSpec(type: "one_cycle", parameters: ["max_lr": 0.1, "total_steps": 10]))
        configuration.cycleMomentum = false
        var hyper = OptimizerHyperparameters.defaults(for: .sgd)
        hyper.momentum = 0.9
        var trainer = try Trainer(
            model: model(), optimizer: SGD(hyperparameters: hyper), loss: CrossEntropyLoss(),
            configuration: configuration)
        _ = try trainer.fit(training: train)
        #expect(trainer.optimizer.hyperparameters.momentum == 0.9)
    }

    @Test func groupMultiplierScalesTheRate() throws {
        let base = try model()
        let frozen = ParameterGroup(
            parameterIndices: Array(base.parameterIndices(ofLayer: 0)), learningRateMultiplier: 0)
        let configuration = TrainerConfiguration(
            steps: 12, batchSize: 16, schedule: ScheduleSpec(type: "constant", parameters: ["lr": 0.1, "factor": 1]))
        var trainer = try Trainer(
            model: base, optimizer: SGD(groups: [frozen]), loss: CrossEntropyLoss(), configuration: configuration)
        _ = try trainer.fit(training: train)
        for index in base.parameters.indices {
            let moved = trainer.model.parameters[index].value != base.parameters[index].value
            #expect(moved == !base.parameterIndices(ofLayer: 0).contains(index), "parameter \(index)")
        }
    }

    @Test func validationEveryNStepsAndTrainingImproves() throws {
        var configuration = TrainerConfiguration(
            steps: 60, batchSize: 16, schedule: ScheduleSpec(type: "constant", parameters: ["lr": 0.01, "factor": 1]))
        configuration.validationInterval = 20
        var trainer = try Trainer(
            model: model(), optimizer: Adam(), loss: CrossEntropyLoss(), configuration: configuration)
        let before = try trainer.evaluate(valid)
        let recorder = TrainerFixtures.Recorder()
        trainer.observers.append(recorder)
        let result = try trainer.fit(training: train, validation: valid)
        #expect(recorder.validations.map(\.step) == [20, 40, 60])
        let last = try #require(result.lastValidation)
        #expect(last.loss < before.loss)
        #expect(last.accuracy != nil)
        #expect(result.trainingLoss != nil)
        #expect(result.cost.samples == 60 * 16)
    }

    @Test func plateauCutIsRecordedWithOldAndNewRate() throws {
        let spec = ScheduleSpec(type: "reduce_on_plateau", parameters: ["lr": 1e-5, "patience": 0, "factor": 0.5])
        var configuration = TrainerConfiguration(steps: 30, batchSize: 16, schedule: spec)
        configuration.validationInterval = 10
        var trainer = try Trainer(
            model: model(), optimizer: SGD(), loss: CrossEntropyLoss(), configuration: configuration)
        let recorder = TrainerFixtures.Recorder()
        trainer.observers.append(recorder)
        _ = try trainer.fit(training: train, validation: valid)
        // A rate of 1e-5 cannot improve the loss by the 1e-4 relative threshold: every validation after the first
        // is a plateau, and patience 0 cuts at once.
        let cuts = recorder.events.filter { $0.kind == .plateauCut }
        #expect(cuts.map(\.step) == [20, 30])
        #expect(cuts.first?.oldRate == 1e-5)
        #expect(cuts.first?.newRate == 1e-5 * 0.5)
    }

    @Test func earlyStoppingEndsTheRunAfterPatience() throws {
        var configuration = TrainerConfiguration(
            steps: 100, batchSize: 16, schedule: ScheduleSpec(type: "constant", parameters: ["lr": 1e-12, "factor": 1]))
        configuration.validationInterval = 5
        configuration.earlyStopping = try EarlyStopping(patience: 2, minDelta: 1e-3)
        var trainer = try Trainer(
            model: model(), optimizer: SGD(), loss: CrossEntropyLoss(), configuration: configuration)
        let result = try trainer.fit(training: train, validation: valid)
        #expect(result.ending == .earlyStopped)
        #expect(result.steps == 15)
        #expect(result.bestStep == 5)
        #expect(result.events.last?.kind == .earlyStop)
    }

    @Test func stopRequestedBeforeStartEndsAtStepZero() throws {
        let flag = StopFlag()
        flag.requestStop()
        var trainer = try Trainer(
            model: model(), optimizer: SGD(), loss: CrossEntropyLoss(),
            configuration: TrainerConfiguration(
                steps: 10, schedule: ScheduleSpec(type: "constant", parameters: ["lr": 0.1])),
            stopFlag: flag)
        let result = try trainer.fit(training: train)
        #expect(result.ending == .interrupted)
        #expect(result.steps == 0)
    }

    @Test func mismatchedDataIsRejected() throws {
        var trainer = try Trainer(
            model: model(), optimizer: SGD(), loss: CrossEntropyLoss(),
            configuration: TrainerConfiguration(
                steps: 10, schedule: ScheduleSpec(type: "constant", parameters: ["lr": 0.1])))
        let wide = try TrainerFixtures.classification(rows: 10, features: 7)
        #expect(throws: TrainingError.self) { try trainer.fit(training: wide) }
        #expect(throws: TrainingError.self) {
            try TrainingData(features: Matrix(rows: 3, columns: 2), targets: Matrix(rows: 2, columns: 1))
        }
    }

    @Test func reactiveCompanionAndBadSettingsAreRejected() throws {
        var configuration = TrainerConfiguration(
            steps: 10, schedule: ScheduleSpec(type: "constant", parameters: ["lr": 0.1]))
        configuration.companions[.momentum] = ScheduleSpec(type: "reduce_on_plateau", parameters: ["lr": 0.9])
        #expect(throws: TrainingError.self) {
            try Trainer(model: model(), optimizer: SGD(), loss: CrossEntropyLoss(), configuration: configuration)
        }
        var bad = TrainerConfiguration(
            steps: 10, batchSize: 0, schedule: ScheduleSpec(type: "constant", parameters: ["lr": 0.1]))
        #expect(throws: TrainingError.self) {
            try Trainer(model: model(), optimizer: SGD(), loss: CrossEntropyLoss(), configuration: bad)
        }
        bad.batchSize = 4
        bad.validationInterval = 0
        #expect(throws: TrainingError.self) {
            try Trainer(model: model(), optimizer: SGD(), loss: CrossEntropyLoss(), configuration: bad)
        }
    }

    @Test func samplerVisitsEverySampleOncePerEpoch() throws {
        var sampler = try BatchSampler(sampleCount: 10, batchSize: 4, seed: 9)
        var epoch: [Int] = []
        for _ in 0..<3 { epoch += sampler.nextBatch() }
        #expect(epoch.sorted() == Array(0..<10))
        #expect(sampler.epoch == 0)
        let next = sampler.nextBatch()
        #expect(sampler.epoch == 1)
        #expect(next.count == 4)
        var dropping = try BatchSampler(sampleCount: 10, batchSize: 4, seed: 9, dropLast: true)
        let sizes: [Int] = (0..<3).map { _ in dropping.nextBatch().count }
        #expect(sizes == [4, 4, 4])
        #expect(dropping.epoch == 1)
        #expect(TrainerConfiguration.steps(epochs: 3, samples: 10, batchSize: 4) == 9)
        #expect(TrainerConfiguration.steps(epochs: 3, samples: 10, batchSize: 4, dropLast: true) == 6)
        #expect(throws: TrainingError.self) { try BatchSampler(sampleCount: 0, batchSize: 4, seed: 1) }
    }
}
