import Foundation
import Testing

/// End-to-end tests of how the tracking commands find and open a store (`--store`, `ANNEAL_STORE`, `.anneal`) and
/// how they report stores they cannot use.
@Suite struct StoreCLITests {
    @Test func emptyStoreListsNothingAndItsEmptyChainVerifies() throws {
        let sandbox = try StoreSandbox()
        let experiments = try sandbox.anneal(["experiments", "list"])
        #expect(experiments.status == 0, "\(experiments.error)")
        #expect(experiments.output == "no experiments\n")
        #expect(try sandbox.anneal(["runs", "list"]).output == "no runs\n")
        #expect(try sandbox.anneal(["audit", "list"]).output == "no audit events\n")
        #expect(try sandbox.anneal(["registry", "list"]).output.hasPrefix("no registered models"))
        let verify = try sandbox.anneal(["audit", "verify"])
        #expect(verify.status == 0)
        #expect(verify.output == "ok: 0 events, chain intact\n")
        #expect(FileManager.default.fileExists(atPath: sandbox.database))
        let json = try sandbox.anneal(["runs", "list", "--format", "json"])
        #expect((try StoreSandbox.json(json) as? [Any])?.isEmpty == true, "\(json.output)")
    }

    @Test func storeComesFromEnvironmentThenDefaultFolder() throws {
        let sandbox = try StoreSandbox()
        let fromEnvironment = sandbox.folder.appendingPathComponent("env-store")
        let result = try StoreSandbox.run(
            ["experiments", "list"], environment: ["ANNEAL_STORE": fromEnvironment.path], in: sandbox.folder)
        #expect(result.status == 0, "\(result.error)")
        #expect(FileManager.default.fileExists(atPath: fromEnvironment.appendingPathComponent("anneal.sqlite").path))
        #expect(!FileManager.default.fileExists(atPath: sandbox.folder.appendingPathComponent(".anneal").path))

        let fallback = try StoreSandbox.run(["audit", "verify"], in: sandbox.folder)
        #expect(fallback.status == 0, "\(fallback.error)")
        #expect(FileManager.default.fileExists(atPath: sandbox.folder.appendingPathComponent(".anneal/anneal.sqlite").path))
    }

    @Test func storeFromNewerAnnealIsRefusedWithItsVersion() throws {
        let sandbox = try StoreSandbox()
        #expect(try sandbox.anneal(["experiments", "list"]).status == 0)
        try sandbox.sqlite("UPDATE schema_version SET version = 99")
        let result = try sandbox.anneal(["runs", "list"])
        #expect(result.status == 65)
        #expect(result.error.contains("schema version 99"), "\(result.error)")
        #expect(result.error.contains("upgrade Anneal"), "\(result.error)")
        #expect(result.output.isEmpty)
    }

    @Test func unreachablePostgresNamesHostPortAndReasonAndExits69() throws {
        // Port 1 on loopback refuses connections at once.
        let result = try StoreSandbox.run(["runs", "list", "--store", "postgres://anneal@127.0.0.1:1/anneal"])
        #expect(result.status == 69)
        #expect(result.error.hasPrefix("error: cannot reach PostgreSQL at 127.0.0.1:1"), "\(result.error)")
        #expect(result.error.lowercased().contains("refused"), "\(result.error)")
    }

    @Test func trainWithUnreachablePostgresExits69BeforeTraining() throws {
        let sandbox = try StoreSandbox()
        let data = try sandbox.moons(rows: 60)
        let out = sandbox.folder.appendingPathComponent("never.annealmodel")
        let result = try StoreSandbox.run([
            "train", "--data", data.path, "--target", data.target, "--steps", "5", "--out", out.path,
            "--store", "postgres://anneal@127.0.0.1:1/anneal",
        ])
        #expect(result.status == 69)
        #expect(result.error.contains("cannot reach PostgreSQL at 127.0.0.1:1"), "\(result.error)")
        #expect(result.error.contains("--no-store"), "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func passwordInStoreURLIsNotPrinted() throws {
        let result = try StoreSandbox.run(["audit", "verify", "--store", "postgres://anneal:s3cret@127.0.0.1:1/anneal"])
        #expect(result.status == 69)
        #expect(!result.error.contains("s3cret"), "\(result.error)")
    }

    @Test func unknownSchemeIsDataErrorNamingAcceptedForms() throws {
        let result = try StoreSandbox.run(["runs", "list", "--store", "mysql://db.example/anneal"])
        #expect(result.status == 65)
        #expect(result.error.contains("unknown scheme"), "\(result.error)")
        #expect(result.error.contains("postgres://"), "\(result.error)")
    }

    @Test func notADatabaseIsDataError() throws {
        let sandbox = try StoreSandbox()
        let file = sandbox.folder.appendingPathComponent("notes.db")
        try Data(repeating: 0x41, count: 4096).write(to: file)
        let result = try StoreSandbox.run(["runs", "list", "--store", file.path])
        #expect(result.status == 65)
        #expect(result.error.contains(file.path), "\(result.error)")
    }

    @Test func unknownStatusIsUsageErrorListingTheStatuses() throws {
        let sandbox = try StoreSandbox()
        let result = try sandbox.anneal(["runs", "list", "--status", "done"])
        #expect(result.status == 64)
        #expect(result.error.contains("finished"), "\(result.error)")
    }

    @Test func unknownExperimentIsNamed() throws {
        let sandbox = try StoreSandbox()
        let result = try sandbox.anneal(["runs", "list", "--experiment", "nope"])
        #expect(result.status == 65)
        #expect(result.error.contains("'nope'") && result.error.contains("anneal experiments list"), "\(result.error)")
    }
}
