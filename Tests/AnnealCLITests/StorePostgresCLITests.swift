import Foundation
import Testing

/// The tracking commands against a PostgreSQL store: skipped unless `ANNEAL_TEST_POSTGRES` names a server (start one
/// with `eval "$(scripts/pg/start)"`), and a failure when `ANNEAL_REQUIRE_POSTGRES=1` demands one.
@Suite struct StorePostgresCLITests {
    static let url = ProcessInfo.processInfo.environment["ANNEAL_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    static let required = ProcessInfo.processInfo.environment["ANNEAL_REQUIRE_POSTGRES"] == "1"

    @Test(
        .enabled(
            if: (url != nil && StoreSandbox.trainIsAvailable) || required,
            "ANNEAL_TEST_POSTGRES is unset (or `anneal train` is missing): PostgreSQL CLI test skipped"))
    func trainRegisterAndVerifyOnPostgres() throws {
        let url = try #require(
            Self.url, "ANNEAL_REQUIRE_POSTGRES=1 but ANNEAL_TEST_POSTGRES is unset: run `eval \"$(scripts/pg/start)\"`")
        try #require(StoreSandbox.trainIsAvailable, "ANNEAL_REQUIRE_POSTGRES=1 needs `anneal train` in the binary")
        // The server is shared with other tests: unique names keep this test's rows apart.
        let token = UUID().uuidString.prefix(8).lowercased()
        let experiment = "cli-pg-\(token)", model = "cli_pg_\(token)"
        let sandbox = try StoreSandbox()
        let environment = ["ANNEAL_STORE": url, "USER": "pg-tester"]
        func anneal(_ arguments: [String]) throws -> AnnealProcess.Result {
            try StoreSandbox.run(arguments, environment: environment, in: sandbox.folder)
        }
        let data = try sandbox.moons()
        let trained = try anneal([
            "train", "--data", data.path, "--target", data.target, "--steps", "20", "--experiment", experiment,
            "--out", sandbox.folder.appendingPathComponent("m.annealmodel").path,
        ])
        #expect(trained.status == 0, "\(trained.error)")

        let listed = try anneal(["runs", "list", "--experiment", experiment, "--format", "json"])
        let rows = try #require(try StoreSandbox.json(listed) as? [[String: Any]])
        #expect(rows.count == 1)
        let run = try #require((rows.first?["run"] as? [String: Any])?["id"] as? String)

        let shown = try anneal(["runs", "show", run])
        #expect(shown.status == 0, "\(shown.error)")
        #expect(shown.output.contains("loss") && shown.output.contains("model"))
        let csv = try anneal(["runs", "export", run, "--key", "loss"])
        #expect(csv.output.split(separator: "\n").count == 21)

        #expect(try anneal(["registry", "register", run, "--name", model]).status == 0)
        #expect(try anneal(["registry", "register", run, "--name", model]).status == 0)
        #expect(try anneal(["registry", "alias", model, "1", "champion", "--reason", "pg"]).status == 0)
        #expect(try anneal(["registry", "alias", model, "2", "champion", "--reason", "pg"]).status == 0)
        let rollback = try anneal(["registry", "rollback", model, "champion", "--reason", "pg rollback"])
        #expect(rollback.output.contains("rolled back to v1 (was v2) by pg-tester@"), "\(rollback.output)")

        let audit = try anneal(["audit", "list", "--limit", "5", "--format", "json"])
        let events = try #require(try StoreSandbox.json(audit) as? [[String: Any]])
        #expect(events.filter { $0["subject"] as? String == "model:\(model)" }.count == 5)
        let verify = try anneal(["audit", "verify"])
        #expect(verify.status == 0, "\(verify.output)")
        #expect(verify.output.hasPrefix("ok: "))
    }
}
