import Foundation
import Testing

/// End-to-end tests of `anneal data card` through the built binary.
@Suite struct DataCardCLITests {
    /// `sha256sum FILE`'s digest.
    static func sha256sum(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(String(decoding: data, as: UTF8.self).prefix(64))
    }

    @Test func sha256EqualsSha256sumAndShapeIsRight() throws {
        let folder = try AnnealProcess.temporaryFolder()
        let file = try DriftFiles.write(DriftFiles.abColour(rows: 25, offset: 0, shiftA: 0), "d.csv", in: folder)
        let result = try AnnealProcess.run(["data", "card", file, "--format", "json"])
        #expect(result.status == 0, "\(result.error)")
        let card = try DriftFiles.object(result.output)
        let expected = try Self.sha256sum(file)
        #expect(expected.count == 64)
        #expect(card["sha256"] as? String == expected)
        #expect(card["rows"] as? Int == 25)
        #expect(card["columns"] as? Int == 3)
        #expect(card["source"] as? String == file)
        #expect((card["schemaHash"] as? String)?.count == 64)
        #expect(card["created"] is String)
        let text = try AnnealProcess.run(["data", "card", file])
        #expect(text.status == 0)
        #expect(text.output.contains("sha256:      \(expected)"))
    }

    @Test func sameLayoutSharesTheSchemaHashButNotTheDigest() throws {
        let folder = try AnnealProcess.temporaryFolder()
        let a = try DriftFiles.write(DriftFiles.abColour(rows: 10, offset: 0, shiftA: 0), "a.csv", in: folder)
        let b = try DriftFiles.write(DriftFiles.abColour(rows: 12, offset: 0.2, shiftA: 0), "b.csv", in: folder)
        let cards = try [a, b].map {
            try DriftFiles.object(AnnealProcess.run(["data", "card", $0, "--format", "json"]).output)
        }
        #expect(cards[0]["schemaHash"] as? String == cards[1]["schemaHash"] as? String)
        #expect(cards[0]["sha256"] as? String != cards[1]["sha256"] as? String)
    }

    @Test func missingFileExits66AndMalformedFileExits65() throws {
        let folder = try AnnealProcess.temporaryFolder()
        let missing = try AnnealProcess.run(["data", "card", folder.appendingPathComponent("none.csv").path])
        #expect(missing.status == 66)
        #expect(missing.error.contains("does not exist"))
        let bad = try DriftFiles.write("a,b\n1,\"2\n", "bad.csv", in: folder)
        let malformed = try AnnealProcess.run(["data", "card", bad])
        #expect(malformed.status == 65)
        #expect(malformed.error.contains("bad.csv"))
    }
}
