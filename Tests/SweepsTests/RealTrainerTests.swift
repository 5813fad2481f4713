import Evaluation
import Schedules
import Tensors
import Testing
import Training

@testable import Sweeps

/// The comparison driven by the real `Trainer` on a tiny two-class problem.
@Suite struct RealTrainerTests {
    /// 48 points: class 1 when x + y > 0, with a fixed pseudo-random layout.
    static func data(offset: Int) throws -> TrainingData {
        var features: [Float] = []
        var targets: [Float] = []
        for i in 0..<48 {
            let x = Float(((i + offset) * 37) % 97) / 48.5 - 1
            let y = Float(((i + offset) * 61) % 89) / 44.5 - 1
            features += [x, y]
            targets.append(x + y > 0 ? 1 : 0)
        }
        return try TrainingData(
            features: Matrix(rows: 48, columns: 2, values: features), targets: Matrix(rows: 48, columns: 1, values: targets))
    }

    static func trial(_ spec: TrialSpec) throws -> TrialOutcome {
        let schedule =
            spec.schedule == "constant"
            ? ScheduleSpec(type: "constant", parameters: ["lr": .number(0.1), "factor": .number(1), "total_iters": .number(0)])
            : ScheduleSpec(type: "cosine_annealing", parameters: ["lr": .number(0.1), "t_max": .number(24)])
        var configuration = TrainerConfiguration(steps: 24, batchSize: 8, seed: spec.seed, schedule: schedule)
        configuration.validationInterval = 6
        let model = try Sequential.softmax(inputs: 2, classes: 2, seed: spec.seed)
        var trainer = try Trainer(
            model: model, optimizer: OptimizerSpec(parsing: "sgd:momentum=0.9").makeOptimizer(),
            loss: CrossEntropyLoss(), configuration: configuration)
        let recorder = CurveRecorder(batchSize: 8)
        trainer.observers.append(recorder)
        let validation = try data(offset: 100)
        let result = try trainer.fit(training: data(offset: 0), validation: validation)
        let diagram = try ValidationCalibration.diagram(of: trainer, on: validation)
        return recorder.outcome(result: result, calibrationError: diagram?.expectedCalibrationError)
    }

    @Test func comparesTwoSchedulesOverTwoSeeds() async throws {
        let comparison = try ScheduleComparison(schedules: ["constant", "cosine"], seeds: [1, 2], jobs: 2)
        let result = await comparison.run { try Self.trial($0) }
        #expect(result.failures.isEmpty, "\(result.failures.compactMap(\.failure))")
        for record in result.trials {
            let outcome = try #require(record.outcome)
            #expect(outcome.curves["lr"]?.map(\.step) == Array(1...24))
            #expect(outcome.curves["loss"]?.count == 24)
            #expect(outcome.curves["val_loss"]?.map(\.step) == [6, 12, 18, 24])
            #expect(outcome.curves["val_accuracy"]?.count == 4)
            #expect(outcome.curves["val_loss"]?.allSatisfy { $0.seconds != nil && $0.samples == $0.step * 8 } == true)
            let ece = try #require(outcome.finalMetrics["ece"])
            #expect(ece >= 0 && ece <= 1)
            #expect(outcome.finalMetrics["val_loss"] == outcome.curves["val_loss"]?.last?.value)
            #expect(outcome.cost.samples == 24 * 8)
        }
        // The constant schedule's rate never moves; the cosine one ends near zero (step 24 of T_max 24).
        let constant = try #require(result.trials(of: "constant").first?.outcome?.curves["lr"])
        #expect(Set(constant.map(\.value)) == [0.1])
        let cosine = try #require(result.trials(of: "cosine").first?.outcome?.curves["lr"])
        #expect(cosine.first?.value == 0.1)
        #expect((cosine.last?.value ?? 1) < 0.001)
        let board = try Leaderboard(result, target: ComparisonTarget(parsing: "valid_accuracy>=0.5"))
        #expect(board.rows.count == 2)
        #expect(board.rows.allSatisfy { $0.validationLoss?.count == 2 && $0.calibrationError?.count == 2 })
        let band = try #require(result.band(schedule: "cosine", key: "val_loss"))
        #expect(band.steps == [6, 12, 18, 24])
        #expect(band.counts == [2, 2, 2, 2])
    }

    @Test func sameSeedGivesTheSameOutcome() throws {
        let a = try Self.trial(TrialSpec(index: 0, schedule: "cosine", seed: 5))
        let b = try Self.trial(TrialSpec(index: 1, schedule: "cosine", seed: 5))
        #expect(a.finalMetrics["val_loss"] == b.finalMetrics["val_loss"])
    }
}
