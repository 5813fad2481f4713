import Foundation
import Tracking

/// Everything `anneal runs show` reports about one run: the run itself (params, tags, schedule spec, dataset
/// cards), its experiment's name, a summary of each metric series and its artifacts with their integrity.
struct RunDetails: Encodable {
    /// An artifact and whether its bytes still match the recorded hash.
    struct ArtifactCheck: Encodable {
        let artifact: Artifact
        /// `ok`, `corrupt` or `missing`.
        let state: String
        /// What is wrong, when the state is not `ok`.
        let problem: String?
    }

    let run: Run
    let experiment: String
    let metrics: [MetricSummary]
    let artifacts: [ArtifactCheck]

    /// Reads the run's experiment, metric summaries and artifacts, and re-hashes each artifact.
    static func load(_ run: Run, store: any Store) async throws -> RunDetails {
        let experiment = try await store.experiments().first { $0.id == run.experimentID }?.name ?? run.experimentID
        let metrics = try await MetricSummary.load(runID: run.id, store: store)
        var checks: [ArtifactCheck] = []
        for artifact in try await store.artifacts(runID: run.id) {
            checks.append(await check(artifact, store: store))
        }
        return RunDetails(run: run, experiment: experiment, metrics: metrics, artifacts: checks)
    }

    static func check(_ artifact: Artifact, store: any Store) async -> ArtifactCheck {
        do {
            _ = try await store.readArtifact(sha256: artifact.sha256)
            return ArtifactCheck(artifact: artifact, state: "ok", problem: nil)
        } catch let error as TrackingError where error.code == .artifactCorrupt {
            return ArtifactCheck(artifact: artifact, state: "corrupt", problem: error.message)
        } catch let error as TrackingError where error.code == .artifactMissing {
            return ArtifactCheck(artifact: artifact, state: "missing", problem: error.message)
        } catch {
            return ArtifactCheck(artifact: artifact, state: "unreadable", problem: "\(error)")
        }
    }

    /// Whether any artifact failed its check.
    var hasDamagedArtifacts: Bool { artifacts.contains { $0.state != "ok" } }
}
