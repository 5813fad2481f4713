import Foundation
import Testing

/// Checkpoints, interruption and resumption of `anneal train`.
@Suite struct TrainResumeCLITests {
    /// The options both runs share; only --out and checkpointing differ.
    static func options(_ data: URL, steps: Int) -> [String] {
        [
            "train", "--data", data.path, "--target", "label", "--model", "mlp:16:dropout=0.1",
            "--optimizer", "sgd:lr=0.02,momentum=0.9", "--schedule", #"{"type":"cosine_annealing","t_max":3000}"#,
            "--steps", "\(steps)", "--batch-size", "64", "--seed", "11", "--no-store",
        ]
    }

    /// SOURCE_DATE_EPOCH fixes the bundle's creation time, so equal weights give equal bytes.
    static let environment = ["SOURCE_DATE_EPOCH": "1700000000"]

    @Test func killedRunResumedFromItsCheckpointWritesTheSameModelBytes() throws {
        let folder = try AnnealProcess.temporaryFolder()
        let data = try TrainProcess.generate("sea", in: folder)
        let a = folder.appendingPathComponent("a.model"), b = folder.appendingPathComponent("b.model")
        let steps = 3000

        let uninterrupted = try TrainProcess.run(
            Self.options(data, steps: steps) + ["--out", a.path], environment: Self.environment)
        #expect(uninterrupted.status == 0, "\(uninterrupted.error)")

        let checkpoints = URL(fileURLWithPath: b.path + ".checkpoints")
        let running = try TrainProcess.start(
            Self.options(data, steps: 100_000) + ["--out", b.path, "--checkpoint-every", "100"],
            environment: Self.environment)
        // Wait for the first checkpoint, then kill without warning (no chance to clean up).
        let first = TrainProcess.waitForFile(in: checkpoints) { $0.hasSuffix(".annealck") }
        kill(running.process.processIdentifier, SIGKILL)
        running.process.waitUntilExit()
        #expect(first != nil, "no checkpoint appeared")
        // The newest checkpoint within the uninterrupted run's length (older ones may have been pruned).
        let names = try FileManager.default.contentsOfDirectory(atPath: checkpoints.path).filter {
            $0.hasSuffix(".annealck") && Int($0.dropFirst("checkpoint-".count).prefix(9))! <= steps
        }
        let checkpoint = checkpoints.appendingPathComponent(try #require(names.sorted().last))
        #expect(running.process.terminationReason == .uncaughtSignal)
        #expect(!FileManager.default.fileExists(atPath: b.path))

        let resumed = try TrainProcess.run(
            Self.options(data, steps: steps) + ["--out", b.path, "--resume", checkpoint.path],
            environment: Self.environment)
        #expect(resumed.status == 0, "\(resumed.error)")
        #expect(try Data(contentsOf: a) == Data(contentsOf: b))
    }

    @Test func interruptWritesACheckpointAndExits130() throws {
        let folder = try AnnealProcess.temporaryFolder()
        let data = try TrainProcess.generate("sea", in: folder)
        let out = folder.appendingPathComponent("m.model")
        let checkpoints = URL(fileURLWithPath: out.path + ".checkpoints")
        let running = try TrainProcess.start(
            Self.options(data, steps: 1_000_000) + ["--out", out.path, "--checkpoint-every", "1000"])
        _ = TrainProcess.waitForFile(in: checkpoints) { $0.hasSuffix(".annealck") }
        kill(running.process.processIdentifier, SIGINT)
        let errors = String(decoding: running.error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        running.process.waitUntilExit()
        #expect(running.process.terminationStatus == 130, "\(errors)")
        let line = try #require(errors.split(separator: "\n").first { $0.contains("checkpoint written to ") })
        let path = String(line[line.range(of: "checkpoint written to ")!.upperBound...])
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(!FileManager.default.fileExists(atPath: out.path))
        // The checkpoint continues: resume it for a few more steps.
        let step = Int(path.split(separator: "-").last!.prefix(9))!
        let resumed = try AnnealProcess.run(
            Self.options(data, steps: step + 5) + ["--out", out.path, "--resume", path, "--format", "json"])
        #expect(resumed.status == 0, "\(resumed.error)")
        #expect(try TrainProcess.json(resumed.output)["steps"] as? Int == step + 5)
    }

    @Test func resumingWithAnotherSeedIsRefused() throws {
        let folder = try AnnealProcess.temporaryFolder()
        let data = try TrainProcess.generate("sea", rows: 200, in: folder)
        let out = folder.appendingPathComponent("m.model")
        let first = try AnnealProcess.run(
            Self.options(data, steps: 20) + ["--out", out.path, "--checkpoint-every", "10"])
        #expect(first.status == 0, "\(first.error)")
        var options = Self.options(data, steps: 30)
        options[options.firstIndex(of: "11")!] = "12"
        let resumed = try AnnealProcess.run(options + ["--out", out.path, "--resume", out.path + ".checkpoints"])
        #expect(resumed.status == 65)
        #expect(resumed.error.contains("seed 11"))
    }
}
