import Foundation

/// Where and how often a `Trainer` writes checkpoints.
///
/// Files are named `checkpoint-<step>.annealck` (step zero-padded to 9 digits so names sort by step) in `directory`;
/// only the newest `keep` are kept. A checkpoint is also written at the end of the run and when a stop is requested.
public struct CheckpointPolicy: Sendable, Hashable, Codable {
    /// The folder the checkpoints go to (created when missing).
    public var directory: String
    /// Write every this many updates.
    public var interval: Int
    /// The number of newest checkpoints kept (older ones are deleted).
    public var keep: Int

    /// Creates a policy.
    public init(directory: String, interval: Int, keep: Int = 3) {
        self.directory = directory
        self.interval = interval
        self.keep = keep
    }

    /// Checks the policy.
    /// - Throws: `TrainingError.Code.invalidValue` for an interval or `keep` below 1 or an empty directory.
    public func validate() throws {
        guard !directory.isEmpty else {
            throw TrainingError(.invalidValue, "checkpoints.directory is empty; give a folder such as .anneal/ckpt")
        }
        guard interval >= 1 else {
            throw TrainingError.invalid("checkpoints.interval", interval, allowed: "at least 1")
        }
        guard keep >= 1 else { throw TrainingError.invalid("checkpoints.keep", keep, allowed: "at least 1") }
    }

    /// The file of the checkpoint taken after `step` updates.
    public func url(step: Int) -> URL {
        let digits = String(step)
        let padded = String(repeating: "0", count: max(0, 9 - digits.count)) + digits
        return URL(fileURLWithPath: directory).appendingPathComponent("checkpoint-\(padded).annealck")
    }

    /// The checkpoints in `directory`, oldest first.
    public func existingCheckpoints() -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasPrefix("checkpoint-") && $0.hasSuffix(".annealck") }.sorted()
            .map { URL(fileURLWithPath: directory).appendingPathComponent($0) }
    }

    /// The newest checkpoint in `directory`, if any (what `--resume` picks).
    public var latestCheckpoint: URL? { existingCheckpoints().last }
}
