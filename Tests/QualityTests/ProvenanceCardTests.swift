import Datasets
import Foundation
import Testing
import Training

@testable import Quality

/// SHA-256 against the NIST vectors (FIPS 180-2 examples) and the provenance card.
struct ProvenanceCardTests {
    static let vectors: [(String, String)] = [
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
    ]

    @Test func sha256MatchesNISTVectors() {
        for (message, digest) in Self.vectors {
            #expect(SHA256.hex(Data(message.utf8)) == digest, "\(message)")
        }
    }

    @Test func sha256OfOneMillionAs() {
        let message = Data(repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hex(message) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    struct Fixture: Decodable {
        let csv: String
        let sha256: String
        let schema_encoding_hex: String
        let schema_sha256: String
    }

    @Test func cardOfACSVFileMatchesHashlib() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/quality_provenance.json")
        let fixture = try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("quality-card-\(UUID()).csv").path
        try Data(fixture.csv.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let date = Date(timeIntervalSince1970: 1_800_000_000)
        let card = try ProvenanceCard.make(path: path, date: date)
        #expect(card.sha256 == fixture.sha256)
        #expect(card.bytes == fixture.csv.utf8.count)
        #expect(card.rows == 3 && card.columns == 3)
        #expect(card.schema.map(\.type) == [.integer, .categorical, .number])
        #expect(card.schema.map(\.missing) == [0, 0, 1])
        #expect(card.schemaHash == fixture.schema_sha256)
        #expect(card.created == "2027-01-15T08:00:00Z")
        #expect(try JSONDecoder().decode(ProvenanceCard.self, from: card.json()) == card)
        #expect(card.text.contains("sha256:      \(fixture.sha256)"))
    }

    @Test func schemaHashIgnoresRowsButNotTypes() throws {
        let a = try Table(columns: [Column(name: "x", numbers: [1, 2])])
        let b = try Table(columns: [Column(name: "x", numbers: [5, 6, 7])])
        let c = try Table(columns: [Column(name: "x", type: .integer, numbers: [1, 2])])
        #expect(ProvenanceCard.schemaHash(of: a) == ProvenanceCard.schemaHash(of: b))
        #expect(ProvenanceCard.schemaHash(of: a) != ProvenanceCard.schemaHash(of: c))
    }

    @Test func unreadableFileIsAnIOError() {
        #expect(throws: QualityError.self) { try ProvenanceCard.make(path: "/nonexistent/quality/data.csv") }
    }
}
