import Foundation
import Schedules
import Tensors
import Testing

@testable import Training

/// Checkpoint files: exact round trip, retention policy, atomic writes, and errors for damaged files.
struct CheckpointTests {
    func trainedTrainer(folder: URL?, steps: Int = 25) throws -> Trainer {
        var configuration = TrainerConfiguration(
            steps: steps, batchSize: 8, seed: 3,
            schedule: ScheduleSpec(type: "reduce_on_plateau", parameters: ["lr": 0.01, "patience": 0]))
        configuration.validationInterval = 5
        configuration.earlyStopping = try EarlyStopping(patience: 100)
        configuration.checkpoints = folder.map { CheckpointPolicy(directory: $0.path, interval: 5, keep: 2) }
        var trainer = try Trainer(
            model: Sequential.mlp(inputs: 6, hidden: [5], outputs: 3, dropout: 0.2, seed: 8), optimizer: Adam(),
            loss: CrossEntropyLoss(), configuration: configuration)
        _ = try trainer.fit(
            training: TrainerFixtures.classification(rows: 40), validation: TrainerFixtures.classification(rows: 20))
        return trainer
    }

    @Test func roundTripPreservesEveryField() throws {
        let checkpoint = try trainedTrainer(folder: nil).checkpoint()
        let decoded = try TrainingCheckpoint(decoding: checkpoint.encoded())
        #expect(decoded.step == 25)
        #expect(decoded.fingerprint == checkpoint.fingerprint)
        #expect(TrainerFixtures.weightBits(decoded.model) == TrainerFixtures.weightBits(checkpoint.model))
        #expect(decoded.model.random == checkpoint.model.random)
        #expect(decoded.optimizer == checkpoint.optimizer)
        #expect(decoded.sampler == checkpoint.sampler)
        #expect(decoded.reactiveScheduleState == checkpoint.reactiveScheduleState)
        #expect(decoded.divergenceGuard == checkpoint.divergenceGuard)
        #expect(decoded.earlyStopping == checkpoint.earlyStopping)
        #expect(decoded.smoothedLoss == checkpoint.smoothedLoss)
        #expect(decoded.events == checkpoint.events)
        #expect(decoded.lastValidation == checkpoint.lastValidation)
        let snapshot = try #require(decoded.snapshot)
        #expect(snapshot.parameters == checkpoint.snapshot?.parameters)
        #expect(snapshot.optimizer == checkpoint.snapshot?.optimizer)
    }

    @Test func policyKeepsTheNewestFilesAndLeavesNoTemporaryFile() throws {
        let folder = TrainerFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let trainer = try trainedTrainer(folder: folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["checkpoint-000000020.annealck", "checkpoint-000000025.annealck"])
        let policy = try #require(trainer.configuration.checkpoints)
        #expect(policy.latestCheckpoint?.lastPathComponent == "checkpoint-000000025.annealck")
        #expect(try TrainingCheckpoint.read(from: policy.url(step: 20)).step == 20)
    }

    @Test func damagedCheckpointsAreRejected() throws {
        let bytes = try trainedTrainer(folder: nil).checkpoint().encoded()
        var flipped = bytes
        flipped[bytes.count / 3] ^= 0x01
        for damaged in [bytes.prefix(bytes.count - 3), bytes.prefix(100), flipped] {
            #expect {
                _ = try TrainingCheckpoint(decoding: Data(damaged))
            } throws: { error in
                (error as? TrainingError)?.code == .damagedFile
            }
        }
        #expect {
            _ = try TrainingCheckpoint(decoding: Data("not a checkpoint".utf8))
        } throws: { error in
            (error as? TrainingError)?.code == .foreignFile
        }
    }

    @Test func checkpointBeforeFitIsAnError() throws {
        let trainer = try Trainer(
            model: Sequential.mlp(inputs: 6, hidden: [5], outputs: 3), optimizer: Adam(), loss: CrossEntropyLoss(),
            configuration: TrainerConfiguration(
                steps: 5, schedule: ScheduleSpec(type: "constant", parameters: ["lr": 0.1])))
        #expect(throws: TrainingError.self) { try trainer.checkpoint() }
    }

    @Test func unwritableFolderIsAClearError() throws {
        let checkpoint = try trainedTrainer(folder: nil, steps: 3).checkpoint()
        #expect {
            try checkpoint.write(to: URL(fileURLWithPath: "/proc/anneal-no/x.annealck"))
        } throws: { error in
            (error as? TrainingError)?.code == .fileUnwritable
        }
    }
}
