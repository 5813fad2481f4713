import Foundation
import Testing

/// End-to-end tests of `anneal audit`: listing, exporting and verifying the hash chain, and finding an edit made
/// directly in the database file.
@Suite struct AuditCLITests {
    /// A store with one run registered as two versions of `moons` and two alias moves: four audit events.
    static func auditedStore() throws -> StoreSandbox {
        let sandbox = try StoreSandbox()
        let run = try sandbox.train()
        for command in [
            ["registry", "register", run, "--name", "moons"], ["registry", "register", run, "--name", "moons"],
            ["registry", "alias", "moons", "1", "champion", "--reason", "first"],
            ["registry", "alias", "moons", "2", "champion", "--reason", "second"],
        ] {
            let result = try sandbox.anneal(command)
            guard result.status == 0 else { throw StoreSandbox.Failure("\(command) failed: \(result.error)") }
        }
        return sandbox
    }

    /// Sequence numbers of `--format json` output.
    static func seqs(_ result: AnnealProcess.Result) throws -> [Int] {
        try #require(try StoreSandbox.json(result) as? [[String: Any]]).compactMap { $0["seq"] as? Int }
    }

    @Test(.enabled(if: StoreSandbox.trainIsAvailable, "needs `anneal train`"))
    func editedEventIsNamedByVerify() throws {
        let sandbox = try Self.auditedStore()
        let before = try sandbox.anneal(["audit", "verify"])
        #expect(before.status == 0)
        #expect(before.output == "ok: 4 events, chain intact\n")

        try sandbox.sqlite("UPDATE audit_events SET actor = 'mallory' WHERE seq = 3")
        let after = try sandbox.anneal(["audit", "verify"])
        #expect(after.status == 1)
        #expect(after.output.hasPrefix("broken: event 3 of 4:"), "\(after.output)")
        let json = try #require(try StoreSandbox.json(try sandbox.anneal(["audit", "verify", "--format", "json"])) as? [String: Any])
        #expect(json["firstBadSeq"] as? Int == 3)
    }

    @Test(.enabled(if: StoreSandbox.trainIsAvailable, "needs `anneal train`"))
    func deletedEventIsNamedByVerify() throws {
        let sandbox = try Self.auditedStore()
        try sandbox.sqlite("DELETE FROM audit_events WHERE seq = 2")
        let result = try sandbox.anneal(["audit", "verify"])
        #expect(result.status == 1)
        #expect(result.output.hasPrefix("broken: event 2 "), "\(result.output)")
    }

    @Test(.enabled(if: StoreSandbox.trainIsAvailable, "needs `anneal train`"))
    func listShowsTheLatestOrThoseAfterASequenceNumber() throws {
        let sandbox = try Self.auditedStore()
        #expect(try Self.seqs(try sandbox.anneal(["audit", "list", "--format", "json"])) == [1, 2, 3, 4])
        #expect(try Self.seqs(try sandbox.anneal(["audit", "list", "--limit", "2", "--format", "json"])) == [3, 4])
        #expect(try Self.seqs(try sandbox.anneal(["audit", "list", "--after", "1", "--limit", "2", "--format", "json"])) == [2, 3])
        let text = try sandbox.anneal(["audit", "list", "--limit", "1"])
        let lines = text.output.split(separator: "\n")
        #expect(lines.count == 2 && lines[0].hasPrefix("SEQ"), "\(text.output)")
        #expect(lines[1].hasPrefix("4 ") && lines[1].contains("alias.set") && lines[1].contains("model:moons"))
        #expect(try sandbox.anneal(["audit", "list", "--limit", "0"]).status == 64)
    }

    @Test(.enabled(if: StoreSandbox.trainIsAvailable, "needs `anneal train`"))
    func exportIsOneLinkedRecordPerLine() throws {
        let sandbox = try Self.auditedStore()
        let out = sandbox.folder.appendingPathComponent("audit.jsonl")
        let written = try sandbox.anneal(["audit", "export", "--out", out.path])
        #expect(written.status == 0 && written.output.isEmpty, "\(written.error)")
        let fileText = try String(contentsOf: out, encoding: .utf8)
        #expect(fileText == (try sandbox.anneal(["audit", "export"])).output)
        let records = try fileText.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(records.compactMap { $0["seq"] as? Int } == [1, 2, 3, 4])
        #expect(records.first?["prevHash"] as? String == String(repeating: "0", count: 64))
        for (previous, record) in zip(records, records.dropFirst()) {
            #expect(record["prevHash"] as? String == previous["hash"] as? String)
        }
        #expect(records.allSatisfy { ($0["details"] as? String)?.hasPrefix("{") == true })
    }

    @Test func exportOfEmptyChainIsEmpty() throws {
        let sandbox = try StoreSandbox()
        let result = try sandbox.anneal(["audit", "export"])
        #expect(result.status == 0)
        #expect(result.output.isEmpty)
    }
}
