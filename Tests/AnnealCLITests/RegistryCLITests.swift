import Foundation
import Testing

/// End-to-end tests of `anneal registry`: versions from runs, aliases, rollbacks, and who did each and why.
@Suite struct RegistryCLITests {
    @Test func unknownModelExits65NamingItAndSuggestingRegistryList() throws {
        let sandbox = try StoreSandbox()
        for command in [
            ["registry", "show", "churn"], ["registry", "alias", "churn", "1", "champion"],
            ["registry", "rollback", "churn", "champion"],
        ] {
            let result = try sandbox.anneal(command)
            #expect(result.status == 65, "\(command): \(result.error)")
            #expect(result.error.contains("'churn'") && result.error.contains("anneal registry list"), "\(result.error)")
        }
    }

    @Test func registeringUnknownRunExits65() throws {
        let sandbox = try StoreSandbox()
        let result = try sandbox.anneal(["registry", "register", "0123abcd", "--name", "churn"])
        #expect(result.status == 65)
        #expect(result.error.contains("'0123abcd'") && result.error.contains("anneal runs list"), "\(result.error)")
    }

    @Test(.enabled(if: StoreSandbox.trainIsAvailable, "needs `anneal train`"))
    func versionsAliasesAndRollbacksAreRecordedWithActorAndReason() throws {
        let sandbox = try StoreSandbox()
        let first = try sandbox.train(seed: 1)
        let second = try sandbox.train(seed: 2)
        let user = ["USER": "alice"]

        let v1 = try sandbox.anneal(["registry", "register", first, "--name", "moons"], environment: user)
        #expect(v1.status == 0, "\(v1.error)")
        #expect(v1.output.hasPrefix("registered moons version 1 from run \(first)"), "\(v1.output)")
        let v2 = try sandbox.anneal(
            ["registry", "register", second, "--name", "moons", "--alias", "challenger", "--reason", "new data"],
            environment: user)
        #expect(v2.status == 0, "\(v2.error)")
        #expect(v2.output.contains("moons version 2") && v2.output.contains("challenger → v2"), "\(v2.output)")

        let promote1 = try sandbox.anneal(
            ["registry", "alias", "moons", "1", "champion", "--reason", "first release"], environment: user)
        #expect(promote1.status == 0, "\(promote1.error)")
        let promote2 = try sandbox.anneal(
            ["registry", "alias", "moons", "2", "champion", "--reason", "better val loss", "--actor", "ci-bot"])
        #expect(promote2.output.contains("champion → v2 (was v1) by ci-bot: better val loss"), "\(promote2.output)")

        let rollback = try sandbox.anneal(
            ["registry", "rollback", "moons", "champion", "--reason", "latency regression"], environment: user)
        #expect(rollback.status == 0, "\(rollback.error)")
        #expect(rollback.output.contains("champion rolled back to v1 (was v2)"), "\(rollback.output)")
        // Nothing earlier than v1: a second rollback is refused.
        let again = try sandbox.anneal(["registry", "rollback", "moons", "champion"])
        #expect(again.status == 65)
        #expect(again.error.contains("no earlier version"), "\(again.error)")

        let list = try sandbox.anneal(["registry", "list"])
        #expect(list.output.contains("challenger→v2, champion→v1"), "\(list.output)")

        let shown = try #require(
            try StoreSandbox.json(try sandbox.anneal(["registry", "show", "moons", "--format", "json"])) as? [String: Any])
        let versions = try #require(shown["versions"] as? [[String: Any]])
        #expect(versions.map { $0["runID"] as? String } == [first, second])
        // The version keeps the run's final metrics.
        #expect((versions.first?["metrics"] as? [String: Any])?["loss"] is Double)
        let history = try #require(shown["aliasHistory"] as? [[String: Any]])
        let champion = history.filter { $0["alias"] as? String == "champion" }
        #expect(champion.map { $0["reason"] as? String } == ["first release", "better val loss", "latency regression"])
        #expect(champion.map { ($0["actor"] as? String)?.split(separator: "@").first.map(String.init) } == ["alice", "ci-bot", "alice"])
        #expect(champion.last?["isRollback"] as? Bool == true)

        let audit = try sandbox.anneal(["audit", "list", "--format", "json"])
        let events = try #require(try StoreSandbox.json(audit) as? [[String: Any]])
        #expect(
            events.map { $0["kind"] as? String }
                == ["registry.version", "registry.version", "alias.set", "alias.set", "alias.set", "alias.rollback"])
        #expect((events.last?["actor"] as? String)?.hasPrefix("alice@") == true)
        #expect((events.last?["details"] as? String)?.contains("latency regression") == true)
    }

    @Test(.enabled(if: StoreSandbox.trainIsAvailable, "needs `anneal train`"))
    func aliasToMissingVersionNamesTheVersionsThereAre() throws {
        let sandbox = try StoreSandbox()
        let run = try sandbox.train()
        #expect(try sandbox.anneal(["registry", "register", run, "--name", "moons"]).status == 0)
        let result = try sandbox.anneal(["registry", "alias", "moons", "7", "champion"])
        #expect(result.status == 65)
        #expect(result.error.contains("no version 7") && result.error.contains("v1"), "\(result.error)")
    }

    @Test(.enabled(if: StoreSandbox.trainIsAvailable, "needs `anneal train`"))
    func corruptModelIsNotRegistered() throws {
        let sandbox = try StoreSandbox()
        let run = try sandbox.train()
        let file = try sandbox.modelArtifactFile(run: run)
        try Data("tampered".utf8).write(to: file)
        let result = try sandbox.anneal(["registry", "register", run, "--name", "moons"])
        #expect(result.status == 65)
        #expect(result.error.contains("corrupt") && result.error.contains(file.lastPathComponent), "\(result.error)")
        #expect((try StoreSandbox.json(try sandbox.anneal(["registry", "list", "--format", "json"])) as? [Any])?.isEmpty == true)
        #expect(try sandbox.anneal(["audit", "verify"]).output == "ok: 0 events, chain intact\n")
    }

    @Test(.enabled(if: StoreSandbox.trainIsAvailable, "needs `anneal train`"))
    func registeringAnArtifactByHashPrefix() throws {
        let sandbox = try StoreSandbox()
        let run = try sandbox.train()
        let sha = try sandbox.modelArtifactFile(run: run).lastPathComponent
        let result = try sandbox.anneal(["registry", "register", run, "--name", "moons", "--artifact", String(sha.prefix(10))])
        #expect(result.status == 0, "\(result.error)")
        let unknown = try sandbox.anneal(["registry", "register", run, "--name", "moons", "--artifact", "ffff0000"])
        #expect(unknown.status == 65)
        #expect(unknown.error.contains("'ffff0000'") && unknown.error.contains("anneal runs show"), "\(unknown.error)")
    }
}
