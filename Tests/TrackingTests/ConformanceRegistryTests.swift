import Foundation
import Testing

@testable import Tracking

@Suite("Store conformance: model registry")
struct ConformanceRegistryTests {
    @Test("versions number 1, 2, 3 and keep run, artifact, metrics and data card", arguments: StoreBackend.testable)
    func versions(backend: StoreBackend) async throws {
        try await withStore(backend) { store, _ in
            let run = try await store.startRun(RunStart())
            let model = try await store.registerModel(named: "churn", description: "churn classifier")
            #expect(model.name == "churn" && model.description == "churn classifier" && model.aliases.isEmpty)
            let v1 = try await store.createModelVersion(
                model: "churn", runID: run.id, artifactSHA256: "aa", metrics: ["auc": 0.81], dataCard: #"{"rows":10}"#,
                actor: "alice")
            let v2 = try await store.createModelVersion(
                model: "churn", runID: run.id, artifactSHA256: "bb", metrics: ["auc": 0.84], dataCard: nil,
                actor: "alice")
            #expect(v1.version == 1 && v2.version == 2)
            let listed = try await store.modelVersions(model: "churn")
            #expect(listed.map(\.version) == [1, 2])
            #expect(listed[0].metrics == ["auc": 0.81] && listed[0].dataCard == #"{"rows":10}"#)
            #expect(listed[1].artifactSHA256 == "bb" && listed[1].runID == run.id)
            _ = try await store.createModelVersion(
                model: "other", runID: run.id, artifactSHA256: "cc", metrics: [:], dataCard: nil, actor: "bob")
            #expect(try await store.models().map(\.name) == ["churn", "other"])
            await expectTrackingError(.notFound) {
                _ = try await store.createModelVersion(
                    model: "churn", runID: "missing", artifactSHA256: "x", metrics: [:], dataCard: nil, actor: "a")
            }
        }
    }

    @Test("aliases move atomically, keep history and roll back step by step", arguments: StoreBackend.testable)
    func aliasesAndRollback(backend: StoreBackend) async throws {
        try await withStore(backend) { store, _ in
            let run = try await store.startRun(RunStart())
            for hash in ["a", "b", "c"] {
                _ = try await store.createModelVersion(
                    model: "m", runID: run.id, artifactSHA256: hash, metrics: [:], dataCard: nil, actor: "ci")
            }
            #expect(try await store.version(model: "m", alias: "champion") == nil)
            await expectTrackingError(.conflict) {
                _ = try await store.rollbackAlias("champion", model: "m", actor: "ops", reason: "nothing yet")
            }
            _ = try await store.setAlias("champion", model: "m", version: 1, actor: "ops", reason: "first")
            _ = try await store.setAlias("champion", model: "m", version: 2, actor: "ops", reason: "better")
            let third = try await store.setAlias("champion", model: "m", version: 3, actor: "ops", reason: "best")
            #expect(third.fromVersion == 2 && third.toVersion == 3)
            _ = try await store.setAlias("challenger", model: "m", version: 1, actor: "ops", reason: "shadow")
            #expect(try await store.models().first?.aliases == ["champion": 3, "challenger": 1])

            let back = try await store.rollbackAlias("champion", model: "m", actor: "ops", reason: "regression")
            #expect(back.fromVersion == 3 && back.toVersion == 2 && back.isRollback)
            #expect(try await store.version(model: "m", alias: "champion")?.version == 2)
            _ = try await store.rollbackAlias("champion", model: "m", actor: "ops", reason: "still bad")
            #expect(try await store.version(model: "m", alias: "champion")?.version == 1)
            await expectTrackingError(.conflict) {
                _ = try await store.rollbackAlias("champion", model: "m", actor: "ops", reason: "no more")
            }
            let history = try await store.aliasHistory(model: "m", alias: "champion")
            #expect(history.map(\.toVersion) == [1, 2, 3, 2, 1])
            #expect(history.map(\.isRollback) == [false, false, false, true, true])
            #expect(history.map(\.reason) == ["first", "better", "best", "regression", "still bad"])
            await expectTrackingError(.notFound) {
                _ = try await store.setAlias("champion", model: "m", version: 9, actor: "ops", reason: "typo")
            }
            #expect(try await store.version(model: "m", alias: "champion")?.version == 1)
        }
    }

    @Test("every registry and alias change is an audit event, in order", arguments: StoreBackend.testable)
    func audited(backend: StoreBackend) async throws {
        try await withStore(backend) { store, _ in
            let run = try await store.startRun(RunStart())
            _ = try await store.createModelVersion(
                model: "m", runID: run.id, artifactSHA256: "a", metrics: ["auc": 0.9], dataCard: nil, actor: "ci")
            _ = try await store.createModelVersion(
                model: "m", runID: run.id, artifactSHA256: "b", metrics: [:], dataCard: nil, actor: "ci")
            _ = try await store.setAlias("champion", model: "m", version: 1, actor: "alice", reason: "go")
            _ = try await store.setAlias("champion", model: "m", version: 2, actor: "alice", reason: "go 2")
            _ = try await store.rollbackAlias("champion", model: "m", actor: "bob", reason: "oops")
            let events = try await store.auditRecords(afterSeq: 0, limit: 100)
            #expect(
                events.map(\.kind) == [
                    "registry.version", "registry.version", "alias.set", "alias.set", "alias.rollback",
                ])
            #expect(events.map(\.actor) == ["ci", "ci", "alice", "alice", "bob"])
            #expect(events.allSatisfy { $0.subject == "model:m" })
            #expect(events[4].details.contains(#""from_version":2"#) && events[4].details.contains(#""to_version":1"#))
            #expect(try await store.verifyAudit().isIntact)
        }
    }
}
