import Foundation
import Schedules
import Tensors
import Testing

@testable import Training

/// The divergence guard: detection rule, rate cuts, rollback to the snapshot, giving up after the retries.
struct GuardTests {
    /// Cross-entropy that returns NaN on chosen calls (counted from 1), to inject a divergence at a known step.
    final class FaultyLoss: Loss, @unchecked Sendable {
        let inner = try! CrossEntropyLoss()
        let nanCalls: Set<Int>
        let nanFrom: Int?
        var calls = 0
        init(nanCalls: Set<Int> = [], nanFrom: Int? = nil) {
            self.nanCalls = nanCalls
            self.nanFrom = nanFrom
        }
        var name: String { inner.name }
        func evaluate(output: Matrix, targets: Matrix, gradient: inout Matrix) throws -> Double {
            calls += 1
            let value = try inner.evaluate(output: output, targets: targets, gradient: &gradient)
            if nanCalls.contains(calls) || (nanFrom.map { calls >= $0 } ?? false) { return .nan }
            return value
        }
    }

    func trainer(loss: any Loss, guardSettings: DivergenceGuard.Settings?, steps: Int = 40) throws -> Trainer {
        let model = try Sequential.mlp(inputs: 6, hidden: [8], outputs: 3, seed: 1)
        var configuration = TrainerConfiguration(
            steps: steps, batchSize: 8, schedule: ScheduleSpec(type: "constant", parameters: ["lr": 0.05, "factor": 1]))
        configuration.divergenceGuard = guardSettings
        return try Trainer(model: model, optimizer: SGD(), loss: loss, configuration: configuration)
    }

    @Test func nanAndInfinityAreCaughtFromTheFirstStep() throws {
        let rule = try DivergenceGuard()
        #expect(rule.divergenceReason(for: .nan) != nil)
        #expect(rule.divergenceReason(for: .infinity) != nil)
        #expect(rule.divergenceReason(for: 1e30) == nil, "the ratio test waits for the warm-up")
    }

    @Test func lossAboveThresholdTimesRunningAverageDivergesWithPatienceOne() throws {
        var settings = DivergenceGuard.Settings()
        settings.warmupSteps = 3
        settings.patience = 1
        var rule = try DivergenceGuard(settings: settings)
        for loss in [1.0, 1.0, 1.0] { _ = rule.accept(loss) }
        let average = try #require(rule.runningAverage)
        #expect(abs(average - 1) < 1e-12)
        #expect(rule.divergenceReason(for: 3.99) == nil)
        #expect(rule.divergenceReason(for: 4.01) != nil)
    }

    @Test func oneNoisyBatchIsToleratedButThreeConsecutiveDiverge() throws {
        var settings = DivergenceGuard.Settings()
        settings.warmupSteps = 3
        var rule = try DivergenceGuard(settings: settings)
        for loss in [1.0, 1.0, 1.0] { _ = rule.accept(loss) }
        // A lone spike, then back to normal: never divergence, and the spike stays out of the average.
        #expect(rule.divergenceReason(for: 5) == nil)
        _ = rule.accept(5)
        #expect(rule.divergenceReason(for: 1) == nil)
        _ = rule.accept(1)
        #expect(abs(try #require(rule.runningAverage) - 1) < 1e-12)
        // Three spikes in a row: the third is divergence.
        #expect(rule.divergenceReason(for: 5) == nil)
        _ = rule.accept(5)
        #expect(rule.divergenceReason(for: 6) == nil)
        _ = rule.accept(6)
        #expect(rule.divergenceReason(for: 7) != nil)
    }

    @Test func cutsHalveTheMultiplierThenGiveUp() throws {
        var settings = DivergenceGuard.Settings()
        settings.maxRetries = 2
        var rule = try DivergenceGuard(settings: settings)
        #expect(try rule.cut(step: 3, reason: "x") == (1, 0.5))
        #expect(try rule.cut(step: 4, reason: "x") == (0.5, 0.25))
        #expect(throws: TrainingError.self) { try rule.cut(step: 5, reason: "x") }
    }

    @Test func invalidSettingsAreRejected() {
        var settings = DivergenceGuard.Settings()
        settings.factor = 1
        #expect(throws: TrainingError.self) { try DivergenceGuard(settings: settings) }
        settings = DivergenceGuard.Settings()
        settings.threshold = 0.5
        #expect(throws: TrainingError.self) { try DivergenceGuard(settings: settings) }
    }

    @Test func nanStepRollsBackToSnapshotAndHalvesTheRate() throws {
        var settings = DivergenceGuard.Settings()
        settings.snapshotInterval = 10
        // Call 26 is the batch of step 26: 25 good updates, the last snapshot was taken after step 20.
        var trainer = try trainer(loss: FaultyLoss(nanCalls: [26]), guardSettings: settings)
        let recorder = TrainerFixtures.Recorder()
        trainer.observers.append(recorder)
        let train = try TrainerFixtures.classification(rows: 64)
        let result = try trainer.fit(training: train)
        #expect(result.ending == .completed)
        #expect(result.steps == 40)
        let cut = try #require(recorder.events.first { $0.kind == .divergenceCut })
        #expect(cut.step == 25)
        #expect(cut.oldRate == 0.05)
        #expect(cut.newRate == 0.025)
        #expect(cut.reason.contains("NaN"))
        #expect(result.rateMultiplier == 0.5)
        // The optimizer state went back to step 20, so it counts five updates fewer than the trainer.
        #expect(trainer.optimizer.stepCount == 35)
        #expect(recorder.steps.filter { $0.step > 25 }.allSatisfy { $0.rate == 0.025 })
    }

    @Test func retakenSnapshotEqualsAFreshOneInTheStorageItOwns() throws {
        var model = try Sequential.mlp(inputs: 6, hidden: [8], outputs: 3, seed: 1)
        var optimizer: any Optimizer = Adam()
        var random = RandomSource(seed: 5)
        func update() throws {
            for i in model.parameters.indices {
                let value = model.parameters[i].value
                model.parameters[i].gradient = Matrix.randomUniform(
                    rows: value.rows, columns: value.columns, lower: -1, upper: 1, using: &random)
            }
            try optimizer.step(&model.parameters, learningRate: 0.01)
        }
        func address(_ matrix: Matrix?) -> UnsafePointer<Float>? { matrix?.withUnsafeBufferPointer { $0.baseAddress } }

        var snapshot = TrainingSnapshot(step: 0, model: model, optimizer: optimizer)
        try update()
        snapshot.retake(step: 1, model: model, optimizer: optimizer)
        // Copies of the expected values that share no storage with the snapshot (a reference held here would make
        // the snapshot's storage shared, and the next retake would rightly copy it before writing).
        func deepCopy(_ matrix: Matrix) -> Matrix {
            try! Matrix(rows: matrix.rows, columns: matrix.columns, values: matrix.values.map { $0 })
        }
        let atStep1 = (
            parameters: model.parameters.map { deepCopy($0.value) },
            exp_avg: (optimizer.state.buffers["exp_avg"] ?? []).map { $0.map(deepCopy) }
        )
        #expect(snapshot.parameters == atStep1.parameters && snapshot.optimizer.buffers["exp_avg"] == atStep1.exp_avg)
        #expect(snapshot.optimizer == optimizer.state)
        let owned = (address(snapshot.parameters[0]), address(snapshot.optimizer.buffers["exp_avg"]?[0]))
        #expect(owned.0 != address(model.parameters[0].value))

        try update()
        // Later updates leave the snapshot at step 1.
        #expect(snapshot.parameters == atStep1.parameters && snapshot.optimizer.buffers["exp_avg"] == atStep1.exp_avg)
        snapshot.retake(step: 2, model: model, optimizer: optimizer)
        let fresh = TrainingSnapshot(step: 2, model: model, optimizer: optimizer)
        #expect(snapshot.step == 2)
        #expect(snapshot.parameters == fresh.parameters && snapshot.optimizer == fresh.optimizer)
        #expect(address(snapshot.parameters[0]) == owned.0)
        #expect(address(snapshot.optimizer.buffers["exp_avg"]?[0]) == owned.1)

        try update()
        try snapshot.restore(into: &model, optimizer: &optimizer)
        #expect(model.parameters.map(\.value) == fresh.parameters && optimizer.state == fresh.optimizer)
    }

    @Test func persistentNaNGivesUpWithDivergedError() throws {
        var trainer = try trainer(loss: FaultyLoss(nanFrom: 5), guardSettings: DivergenceGuard.Settings())
        let train = try TrainerFixtures.classification(rows: 64)
        #expect {
            _ = try trainer.fit(training: train)
        } throws: { error in
            (error as? TrainingError)?.code == .diverged
        }
    }

    @Test func nanWithoutGuardEndsTheRun() throws {
        var trainer = try trainer(loss: FaultyLoss(nanCalls: [3]), guardSettings: nil)
        let train = try TrainerFixtures.classification(rows: 64)
        #expect {
            _ = try trainer.fit(training: train)
        } throws: { error in
            (error as? TrainingError)?.code == .diverged
        }
    }

    @Test func explodingRateIsCaughtByTheRatioTest() throws {
        // SGD at a huge constant rate blows the loss up; the guard must cut at least once.
        let model = try Sequential.mlp(inputs: 6, hidden: [8], outputs: 3, seed: 1)
        let configuration = TrainerConfiguration(
            steps: 60, batchSize: 8, schedule: ScheduleSpec(type: "constant", parameters: ["lr": 30, "factor": 1]))
        var trainer = try Trainer(
            model: model, optimizer: SGD(), loss: CrossEntropyLoss(), configuration: configuration)
        let train = try TrainerFixtures.classification(rows: 64)
        let outcome = Result { try trainer.fit(training: train) }
        switch outcome {
        case .success(let result): #expect(result.events.contains { $0.kind == .divergenceCut })
        case .failure(let error): #expect((error as? TrainingError)?.code == .diverged)
        }
    }
}
