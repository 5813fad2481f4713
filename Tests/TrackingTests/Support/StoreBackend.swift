import Foundation
import Testing

@testable import Tracking

/// The backends the conformance suite runs against. PostgreSQL is included when `ANNEAL_TEST_POSTGRES` names a
/// server (start one with `eval "$(scripts/pg/start)"`).
enum StoreBackend: String, Sendable, CaseIterable, CustomTestStringConvertible {
    case sqlite, postgres

    var testDescription: String { rawValue }

    /// The backends available in this environment.
    static var testable: [StoreBackend] {
        TestPostgres.url == nil ? [.sqlite] : [.sqlite, .postgres]
    }
}

/// The PostgreSQL server tests use, from the environment.
enum TestPostgres {
    static var url: String? {
        guard let value = ProcessInfo.processInfo.environment["ANNEAL_TEST_POSTGRES"], !value.isEmpty else {
            return nil
        }
        return value
    }

    /// CI sets `ANNEAL_REQUIRE_POSTGRES=1`: then a missing server is a failure, not a skip.
    static var required: Bool { ProcessInfo.processInfo.environment["ANNEAL_REQUIRE_POSTGRES"] == "1" }

    static let skipMessage =
        "ANNEAL_TEST_POSTGRES is unset: PostgreSQL cases are skipped (start a server with `eval \"$(scripts/pg/start)\"`)"
}

/// A fresh, empty store for one test: a temporary SQLite folder or a new PostgreSQL database.
struct TestStore {
    let backend: StoreBackend
    let location: StoreLocation
    /// The location as text, for child processes.
    let locationText: String
    let folder: URL
    let databaseName: String?

    static func make(_ backend: StoreBackend) async throws -> TestStore {
        let token = UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("anneal-tracking-\(token)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        switch backend {
        case .sqlite:
            let text = folder.appendingPathComponent("store").path
            return TestStore(
                backend: backend, location: try StoreLocation(parsing: text), locationText: text, folder: folder,
                databaseName: nil)
        case .postgres:
            guard let base = TestPostgres.url else {
                throw TrackingError(.invalidLocation, TestPostgres.skipMessage)
            }
            let endpoint = try PostgresEndpoint(url: base)
            let name = "anneal_t_\(token)"
            try await PostgresStore.administer(endpoint, database: name, drop: false)
            var fresh = endpoint
            fresh.database = name
            let text = "postgres://\(fresh.user)@\(fresh.host):\(fresh.port)/\(name)"
            let artifacts = folder.appendingPathComponent("artifacts")
            return TestStore(
                backend: backend, location: try StoreLocation(parsing: text, artifactDirectory: artifacts),
                locationText: text, folder: folder, databaseName: name)
        }
    }

    func open() async throws -> any Store { try await location.open() }

    func remove() async {
        if let databaseName, let base = TestPostgres.url, let endpoint = try? PostgresEndpoint(url: base) {
            try? await PostgresStore.administer(endpoint, database: databaseName, drop: true)
        }
        try? FileManager.default.removeItem(at: folder)
    }
}

/// Runs `body` with a fresh store of `backend`, then closes and deletes it.
func withStore(_ backend: StoreBackend, _ body: (any Store, TestStore) async throws -> Void) async throws {
    let test = try await TestStore.make(backend)
    do {
        let store = try await test.open()
        do {
            try await body(store, test)
        } catch {
            try? await store.close()
            throw error
        }
        try await store.close()
    } catch {
        await test.remove()
        throw error
    }
    await test.remove()
}

/// Expects `body` to throw a `TrackingError` with `code`, returning it for further checks.
@discardableResult
func expectTrackingError(
    _ code: TrackingError.Code, sourceLocation: SourceLocation = #_sourceLocation, _ body: () async throws -> Void
) async -> TrackingError? {
    do {
        try await body()
        Issue.record("expected a TrackingError \(code), nothing was thrown", sourceLocation: sourceLocation)
    } catch let error as TrackingError {
        #expect(error.code == code, "\(error)", sourceLocation: sourceLocation)
        return error
    } catch {
        Issue.record("expected a TrackingError \(code), got \(error)", sourceLocation: sourceLocation)
    }
    return nil
}
