import Foundation
import Testing

@testable import Tracking

@Suite("Store locations")
struct StoreLocationTests {
    @Test("a folder path holds anneal.sqlite and artifacts/")
    func folder() throws {
        let location = try StoreLocation(parsing: "/tmp/x/.anneal")
        #expect(
            location
                == .sqlite(
                    database: URL(fileURLWithPath: "/tmp/x/.anneal/anneal.sqlite"),
                    artifacts: URL(fileURLWithPath: "/tmp/x/.anneal/artifacts")))
    }

    @Test("a .sqlite path is the database file, artifacts beside it")
    func file() throws {
        let location = try StoreLocation(parsing: "/data/runs.sqlite")
        #expect(
            location
                == .sqlite(
                    database: URL(fileURLWithPath: "/data/runs.sqlite"),
                    artifacts: URL(fileURLWithPath: "/data/artifacts")))
    }

    @Test("a postgres URL with password, port and sslmode")
    func postgres() throws {
        let location = try StoreLocation(
            parsing: "postgresql://ann%40x:s3cr%2Ft@db.example:6543/anneal?sslmode=require",
            artifactDirectory: URL(fileURLWithPath: "/shared/artifacts"))
        guard case .postgres(let endpoint, let artifacts) = location else {
            Issue.record("expected PostgreSQL, got \(location)")
            return
        }
        #expect(
            endpoint
                == PostgresEndpoint(
                    host: "db.example", port: 6543, user: "ann@x", password: "s3cr/t", database: "anneal", tls: .require
                ))
        #expect(artifacts == URL(fileURLWithPath: "/shared/artifacts"))
        #expect(!location.description.contains("s3cr"))
    }

    @Test("postgres defaults: port 5432, no password, TLS off, artifacts in .anneal/artifacts")
    func postgresDefaults() throws {
        guard case .postgres(let endpoint, let artifacts) = try StoreLocation(parsing: "postgres://u@h/db") else {
            Issue.record("expected PostgreSQL")
            return
        }
        #expect(endpoint == PostgresEndpoint(host: "h", port: 5432, user: "u", database: "db"))
        #expect(artifacts.path.hasSuffix(".anneal/artifacts"))
    }

    @Test(
        "malformed locations are rejected naming the problem",
        arguments: [
            ("postgres://u@h", "database"), ("postgres://h:5432/db", "user"), ("", "empty"),
            ("mysql://u@h/db", "scheme"), ("postgres://u@h/db?sslmode=verify-full", "sslmode"),
        ])
    func rejected(text: String, mentions: String) async {
        let error = await expectTrackingError(.invalidLocation) { _ = try StoreLocation(parsing: text) }
        #expect(error?.message.contains(mentions) == true, "\(String(describing: error))")
    }

    @Test("resolve: explicit text, then ANNEAL_STORE, then ./.anneal")
    func resolve() throws {
        #expect(try StoreLocation.resolve("/a", environment: ["ANNEAL_STORE": "/b"]) == StoreLocation(parsing: "/a"))
        #expect(try StoreLocation.resolve(nil, environment: ["ANNEAL_STORE": "/b"]) == StoreLocation(parsing: "/b"))
        #expect(try StoreLocation.resolve(nil, environment: [:]) == StoreLocation(parsing: ".anneal"))
    }

    @Test("an unreachable server fails fast naming host, port and why")
    func unreachable() async throws {
        // Port 1 on loopback: nothing listens there, the connection is refused at once.
        let location = try StoreLocation(
            parsing: "postgres://nobody@127.0.0.1:1/none",
            artifactDirectory: FileManager.default.temporaryDirectory.appendingPathComponent("anneal-unreachable"))
        let error = await expectTrackingError(.unreachable) { _ = try await location.open() }
        #expect(error?.message.contains("127.0.0.1:1") == true)
        #expect(error?.message.lowercased().contains("refused") == true, "\(String(describing: error))")
    }

    @Test("run status parses case-insensitively and rejects unknown names")
    func status() async throws {
        #expect(try RunStatus(parsing: "killed") == .killed)
        await expectTrackingError(.invalidArgument) { _ = try RunStatus(parsing: "done") }
    }

    @Test("the code version is read from .git, loose and packed refs")
    func codeVersion() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("anneal-git-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let git = root.appendingPathComponent(".git")
        try FileManager.default.createDirectory(
            at: git.appendingPathComponent("refs/heads"), withIntermediateDirectories: true)
        try "ref: refs/heads/main\n".write(to: git.appendingPathComponent("HEAD"), atomically: true, encoding: .utf8)
        try "# pack-refs\n1111 refs/heads/main\n".write(
            to: git.appendingPathComponent("packed-refs"), atomically: true, encoding: .utf8)
        let nested = root.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        #expect(CodeVersion.current(in: nested) == "1111")
        try "2222\n".write(to: git.appendingPathComponent("refs/heads/main"), atomically: true, encoding: .utf8)
        #expect(CodeVersion.current(in: nested) == "2222")
        #expect(CodeVersion.current(in: URL(fileURLWithPath: "/proc")) == nil)
    }
}
