import Foundation
import Testing

@testable import Tracking

@Suite("Schema migrations")
struct SchemaMigrationTests {
    static func open(_ test: TestStore, version: Int) async throws -> any Store {
        switch test.backend {
        case .sqlite: try await SQLiteStore(location: test.location, migrateUpTo: version)
        case .postgres: try await PostgresStore(location: test.location, migrateUpTo: version)
        }
    }

    @Test("opening a version-1 store upgrades it and keeps its data", arguments: StoreBackend.testable)
    func upgrade(backend: StoreBackend) async throws {
        let test = try await TestStore.make(backend)
        defer { Task { await test.remove() } }
        let old = try await Self.open(test, version: 1)
        #expect(try await old.schemaVersion() == 1)
        let run = try await old.startRun(RunStart(params: ["lr": "0.1"]))
        try await old.logMetrics([MetricSample(key: "loss", step: 0, value: 1)], runID: run.id)
        try await old.close()

        let upgraded = try await test.open()
        #expect(try await upgraded.schemaVersion() == SQLiteSchema.currentVersion)
        #expect(try await upgraded.run(id: run.id).params == ["lr": "0.1"])
        #expect(try await upgraded.metricCount(runID: run.id, key: "loss") == 1)
        _ = try await upgraded.createModelVersion(
            model: "m", runID: run.id, artifactSHA256: "a", metrics: [:], dataCard: nil, actor: "ci")
        #expect(try await upgraded.verifyAudit() == AuditVerification(eventCount: 1))
        try await upgraded.close()
        let reopened = try await test.open()
        #expect(try await reopened.modelVersions(model: "m").count == 1)
        try await reopened.close()
    }

    @Test("a store from a newer Anneal is refused with a clear message", arguments: StoreBackend.testable)
    func tooNew(backend: StoreBackend) async throws {
        let test = try await TestStore.make(backend)
        defer { Task { await test.remove() } }
        let store = try await test.open()
        try await (try #require(store as? any RawSQL)).executeRaw("UPDATE schema_version SET version = 99")
        try await store.close()
        let error = await expectTrackingError(.schemaTooNew) { _ = try await test.open() }
        #expect(error?.message.contains("99") == true)
        #expect(error?.message.contains("upgrade Anneal") == true)
    }

    @Test("both backends define the same number of migrations")
    func sameVersions() {
        #expect(SQLiteSchema.currentVersion == PostgresSchema.currentVersion)
    }
}
