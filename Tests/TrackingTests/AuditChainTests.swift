import Foundation
import Testing

@testable import Tracking

/// The canonical encoding and hashes against Python's json.dumps + hashlib (scripts/fixtures/tracking_audit_chain.py).
@Suite("Audit chain encoding")
struct AuditChainTests {
    struct FixtureEvent: Decodable {
        let seq: Int64, timeMicros: Int64, kind: String, subject: String, details: String, actor: String
        let prevHash: String, canonical: String, hash: String
        enum CodingKeys: String, CodingKey {
            case seq, kind, subject, details, actor, canonical, hash
            case timeMicros = "time_us"
            case prevHash = "prev_hash"
        }
    }

    static func fixture() throws -> [FixtureEvent] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/audit_chain.json")
        return try JSONDecoder().decode([FixtureEvent].self, from: Data(contentsOf: url))
    }

    @Test("canonical encoding and SHA-256 match Python's json.dumps(sort_keys) + hashlib, escapes included")
    func matchesPython() throws {
        let events = try Self.fixture()
        #expect(events.count == 4)
        var previous: (seq: Int64, hash: String)?
        for event in events {
            let encoding = AuditChain.canonicalEncoding(
                seq: event.seq, timeMicros: event.timeMicros, kind: event.kind, subject: event.subject,
                details: event.details, actor: event.actor, prevHash: event.prevHash)
            #expect(encoding == event.canonical)
            let time = Date(timeIntervalSince1970: Double(event.timeMicros) / 1_000_000)
            let record = AuditChain.record(
                for: AuditEvent(
                    kind: event.kind, subject: event.subject, details: event.details, actor: event.actor, time: time),
                after: previous)
            #expect(record.timeMicros == event.timeMicros)
            #expect(record.prevHash == event.prevHash)
            #expect(record.hash == event.hash)
            previous = (record.seq, record.hash)
        }
    }

    @Test("verify: an intact chain, an empty chain, and a missing head")
    func verifyBasics() throws {
        let records = try Self.fixture().map {
            AuditRecord(
                seq: $0.seq, timeMicros: $0.timeMicros, kind: $0.kind, subject: $0.subject, details: $0.details,
                actor: $0.actor, prevHash: $0.prevHash, hash: $0.hash)
        }
        #expect(AuditChain.verify(records, head: (4, records[3].hash)).isIntact)
        #expect(AuditChain.verify([], head: nil) == AuditVerification(eventCount: 0))
        let truncated = AuditChain.verify(Array(records.prefix(2)), head: (4, records[3].hash))
        #expect(truncated.firstBadSeq == 3)
        var forgedTail = records
        forgedTail[3].details = #"{"forged":true}"#
        #expect(AuditChain.verify(forgedTail, head: (4, records[3].hash)).firstBadSeq == 4)
    }
}
