import Evaluation
import Foundation
import Tracking

/// A run's reliability diagram stored as a JSON artifact (`reliability.json`, kind `reliability`), so
/// `anneal report` can draw it later.
struct RunReliability: Codable {
    /// The artifact kind.
    static let kind = "reliability"

    /// The bins (equal-width, empty ones left out).
    let bins: [ReliabilityBin]
    /// The top-label expected calibration error.
    let expectedCalibrationError: Double
    /// Validation samples.
    let sampleCount: Int

    /// Stores `diagram` for the run; a failure is printed as a warning (the trial itself is recorded).
    static func log(_ diagram: ReliabilityDiagram, runID: String, location: StoreLocation) async {
        let value = RunReliability(
            bins: diagram.bins, expectedCalibrationError: diagram.expectedCalibrationError,
            sampleCount: diagram.sampleCount)
        do {
            let data = try JSONEncoder().encode(value)
            let store = try await location.open()
            var failure: (any Error)?
            do {
                _ = try await store.logArtifact(data, name: "reliability.json", kind: kind, runID: runID)
            } catch {
                failure = error
            }
            try? await store.close()
            if let failure { throw failure }
        } catch {
            TrainCommand.warn(["reliability diagram of run \(runID): \(error)"])
        }
    }

    /// The run's stored diagram, if it has one.
    static func read(runID: String, store: any Store) async throws -> RunReliability? {
        guard let artifact = try await store.artifacts(runID: runID).last(where: { $0.kind == kind }) else {
            return nil
        }
        return try? JSONDecoder().decode(
            RunReliability.self, from: try await store.readArtifact(sha256: artifact.sha256))
    }
}
