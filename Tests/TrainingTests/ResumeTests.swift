import Foundation
import Schedules
import Tensors
import Testing

@testable import Training

/// A run stopped through the stop flag and resumed from its checkpoint in a fresh trainer ends with bitwise the
/// same weights as a run that never stopped; so does a run resumed from an older checkpoint.
struct ResumeTests {
    struct Recipe: Sendable, CustomStringConvertible {
        var name: String
        var optimizer: OptimizerSpec
        var schedule: ScheduleSpec
        var dropout: Double
        var validationInterval: Int?
        var description: String { name }
    }

    static let recipes: [Recipe] = [
        Recipe(
            name: "adam one-cycle (beta1 companion) with dropout", optimizer: OptimizerSpec(kind: .adam),
            schedule: ScheduleSpec(type: "one_cycle", parameters: ["max_lr": 0.01, "total_steps": 60]),
            dropout: 0.2, validationInterval: 10),
        Recipe(
            name: "sgd momentum reduce-on-plateau", optimizer: try! OptimizerSpec(parsing: "sgd:momentum=0.9"),
            schedule: ScheduleSpec(
                type: "reduce_on_plateau", parameters: ["lr": 0.05, "patience": 0, "factor": 0.5, "threshold": 0.5]),
            dropout: 0, validationInterval: 5),
    ]

    func makeTrainer(_ recipe: Recipe, directory: URL, flag: StopFlag = StopFlag()) throws -> Trainer {
        let model = try Sequential.mlp(inputs: 6, hidden: [12], outputs: 3, dropout: recipe.dropout, seed: 3)
        var configuration = TrainerConfiguration(steps: 60, batchSize: 16, seed: 5, schedule: recipe.schedule)
        configuration.validationInterval = recipe.validationInterval
        configuration.checkpoints = CheckpointPolicy(directory: directory.path, interval: 10, keep: 20)
        return try Trainer(
            model: model, optimizer: recipe.optimizer.makeOptimizer(), loss: CrossEntropyLoss(),
            configuration: configuration, stopFlag: flag)
    }

    @Test(arguments: recipes)
    func stoppedAndResumedRunMatchesUninterruptedRunBitwise(recipe: Recipe) throws {
        let train = try TrainerFixtures.classification(rows: 90)
        let valid = try TrainerFixtures.classification(rows: 40, seed: 12)
        let folderA = TrainerFixtures.temporaryDirectory()
        let folderB = TrainerFixtures.temporaryDirectory()
        defer {
            try? FileManager.default.removeItem(at: folderA)
            try? FileManager.default.removeItem(at: folderB)
        }

        var a = try makeTrainer(recipe, directory: folderA)
        let resultA = try a.fit(training: train, validation: valid)
        #expect(resultA.ending == .completed)
        #expect(resultA.steps == 60)
        if recipe.schedule.type == "reduce_on_plateau" {
            #expect(resultA.events.contains { $0.kind == .plateauCut }, "the reactive state must matter")
        }

        let flag = StopFlag()
        var b = try makeTrainer(recipe, directory: folderB, flag: flag)
        b.observers.append(TrainerFixtures.StopAt(step: 37, flag: flag))
        let resultB = try b.fit(training: train, validation: valid)
        #expect(resultB.ending == .interrupted)
        #expect(resultB.steps == 37)
        #expect(resultB.events.contains { $0.kind == .interrupted })
        let policy = try #require(b.configuration.checkpoints)
        #expect(policy.latestCheckpoint == policy.url(step: 37))
        #expect(TrainerFixtures.weightBits(b.model) != TrainerFixtures.weightBits(a.model))

        // Resume from the last checkpoint in a fresh trainer (a new process would do exactly this).
        var c = try makeTrainer(recipe, directory: TrainerFixtures.temporaryDirectory())
        try c.restore(from: TrainingCheckpoint.read(from: policy.url(step: 37)))
        let resultC = try c.fit(training: train, validation: valid)
        #expect(resultC.ending == .completed)
        #expect(TrainerFixtures.weightBits(c.model) == TrainerFixtures.weightBits(a.model))
        #expect(c.optimizer.state == a.optimizer.state)
        #expect(resultC.lastValidation == resultA.lastValidation)

        // Resume from an older checkpoint than the last (as after kill -9 between checkpoints).
        var d = try makeTrainer(recipe, directory: TrainerFixtures.temporaryDirectory())
        try d.restore(from: TrainingCheckpoint.read(from: policy.url(step: 20)))
        #expect(d.step == 20)
        _ = try d.fit(training: train, validation: valid)
        #expect(TrainerFixtures.weightBits(d.model) == TrainerFixtures.weightBits(a.model))
    }

    @Test func resumeWithAnotherSeedIsRejected() throws {
        let train = try TrainerFixtures.classification(rows: 50)
        let folder = TrainerFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var a = try makeTrainer(Self.recipes[0], directory: folder)
        _ = try a.fit(training: train)
        let checkpoint = try a.checkpoint()
        let model = try Sequential.mlp(inputs: 6, hidden: [12], outputs: 3, seed: 3)
        var other = TrainerConfiguration(steps: 60, batchSize: 16, seed: 6, schedule: Self.recipes[0].schedule)
        other.checkpoints = nil
        var b = try Trainer(model: model, optimizer: Adam(), loss: CrossEntropyLoss(), configuration: other)
        #expect(throws: TrainingError.self) { try b.restore(from: checkpoint) }
        var c = try makeTrainer(Self.recipes[0], directory: folder)
        try c.restore(from: checkpoint)
        #expect(throws: TrainingError.self) { try c.fit(training: TrainerFixtures.classification(rows: 51)) }
    }
}
