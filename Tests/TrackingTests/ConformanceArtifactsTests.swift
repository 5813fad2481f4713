import Foundation
import Testing

@testable import Tracking

@Suite("Store conformance: artifacts")
struct ConformanceArtifactsTests {
    @Test("artifacts are stored by SHA-256 and read back verified", arguments: StoreBackend.testable)
    func roundTrip(backend: StoreBackend) async throws {
        try await withStore(backend) { store, test in
            let run = try await store.startRun(RunStart())
            let bytes = Data("model weights".utf8)
            let artifact = try await store.logArtifact(bytes, name: "model.bundle", kind: "model", runID: run.id)
            // Reference: sha256 of "model weights" (printf 'model weights' | sha256sum).
            #expect(artifact.sha256 == "a2d42c4aa884e21216cbb8da4c7ba2fcf9b6033b2331666e666145c24caf7a38")
            #expect(artifact.size == Int64(bytes.count))
            #expect(try await store.readArtifact(sha256: artifact.sha256) == bytes)
            _ = try await store.logArtifact(bytes, name: "copy.bundle", kind: "model", runID: run.id)
            #expect(try await store.artifacts(runID: run.id).map(\.name) == ["model.bundle", "copy.bundle"])
            let file = test.location.artifactDirectory.appendingPathComponent("sha256")
                .appendingPathComponent(String(artifact.sha256.prefix(2))).appendingPathComponent(artifact.sha256)
            #expect(FileManager.default.fileExists(atPath: file.path))
            let leftovers = try FileManager.default.contentsOfDirectory(
                atPath: test.location.artifactDirectory.appendingPathComponent("tmp").path)
            #expect(leftovers.isEmpty)
        }
    }

    @Test("a corrupted artifact file is refused naming the artifact and both hashes", arguments: StoreBackend.testable)
    func corruption(backend: StoreBackend) async throws {
        try await withStore(backend) { store, test in
            let run = try await store.startRun(RunStart())
            let artifact = try await store.logArtifact(
                Data("report".utf8), name: "report.html", kind: "report", runID: run.id)
            let file = try ArtifactDirectory(root: test.location.artifactDirectory).path(for: artifact.sha256)
            try Data("tampered".utf8).write(to: file)
            let error = await expectTrackingError(.artifactCorrupt) {
                _ = try await store.readArtifact(sha256: artifact.sha256)
            }
            #expect(error?.message.contains("report.html") == true)
            #expect(error?.message.contains(artifact.sha256) == true)
            #expect(error?.message.contains(ArtifactDirectory.sha256(Data("tampered".utf8))) == true)
            try FileManager.default.removeItem(at: file)
            await expectTrackingError(.artifactMissing) { _ = try await store.readArtifact(sha256: artifact.sha256) }
            await expectTrackingError(.notFound) {
                _ = try await store.readArtifact(sha256: String(repeating: "a", count: 64))
            }
        }
    }
}
