import Foundation
import Testing

@testable import Tracking

@Suite("Store conformance: audit chain and tampering")
struct ConformanceAuditTests {
    /// A store holding five chained events, and raw SQL access to tamper with it.
    static func withChain(_ backend: StoreBackend, _ body: (any Store, any RawSQL, [AuditRecord]) async throws -> Void)
        async throws
    {
        try await withStore(backend) { store, _ in
            var records: [AuditRecord] = []
            for index in 1...5 {
                records.append(
                    try await store.appendAudit(
                        AuditEvent(
                            kind: "lr.plateau_cut", subject: "run:r\(index)", details: #"{"factor":0.5}"#,
                            actor: "plateau", time: Date(timeIntervalSince1970: 1_764_400_000 + Double(index)))))
            }
            let raw = try #require(store as? any RawSQL)
            try await body(store, raw, records)
        }
    }

    @Test("appends link each event to the previous hash and verify intact", arguments: StoreBackend.testable)
    func appendAndVerify(backend: StoreBackend) async throws {
        try await Self.withChain(backend) { store, _, records in
            #expect(records.map(\.seq) == [1, 2, 3, 4, 5])
            #expect(records[0].prevHash == AuditChain.genesisHash)
            for index in 1..<5 { #expect(records[index].prevHash == records[index - 1].hash) }
            #expect(try await store.auditRecords(afterSeq: 0, limit: 100) == records)
            #expect(try await store.auditRecords(afterSeq: 3, limit: 1) == [records[3]])
            let check = try await store.verifyAudit()
            #expect(check == AuditVerification(eventCount: 5))
        }
    }

    @Test("an edited event is named", arguments: StoreBackend.testable)
    func edited(backend: StoreBackend) async throws {
        try await Self.withChain(backend) { store, raw, _ in
            try await raw.executeRaw(#"UPDATE audit_events SET details = '{"factor":0.9}' WHERE seq = 3"#)
            let check = try await store.verifyAudit()
            #expect(check.firstBadSeq == 3)
            #expect(check.problem?.contains("edited") == true)
        }
    }

    @Test("a deleted event is named (middle and tail)", arguments: StoreBackend.testable)
    func deleted(backend: StoreBackend) async throws {
        try await Self.withChain(backend) { store, raw, _ in
            try await raw.executeRaw("DELETE FROM audit_events WHERE seq = 2")
            let check = try await store.verifyAudit()
            #expect(check.firstBadSeq == 2)
            #expect(check.problem?.contains("missing") == true)
        }
        try await Self.withChain(backend) { store, raw, _ in
            try await raw.executeRaw("DELETE FROM audit_events WHERE seq = 5")
            #expect(try await store.verifyAudit().firstBadSeq == 5)
        }
    }

    @Test("reordered events are named", arguments: StoreBackend.testable)
    func reordered(backend: StoreBackend) async throws {
        try await Self.withChain(backend) { store, raw, _ in
            try await raw.executeRaw(
                """
                UPDATE audit_events SET seq = -2 WHERE seq = 2;
                UPDATE audit_events SET seq = 2 WHERE seq = 3;
                UPDATE audit_events SET seq = 3 WHERE seq = -2
                """)
            let check = try await store.verifyAudit()
            #expect(check.firstBadSeq == 2)
            #expect(check.problem?.contains("does not follow") == true)
        }
    }

    @Test(
        "inserted events are named: forged in the middle, or appended past the head", arguments: StoreBackend.testable)
    func inserted(backend: StoreBackend) async throws {
        try await Self.withChain(backend) { store, raw, records in
            // A careful forger re-links its event to event 2 and renumbers the rest: the chain breaks at event 4.
            let forged = AuditChain.record(
                for: AuditEvent(kind: "alias.set", subject: "model:m", details: "{}", actor: "mallory", time: Date()),
                after: (records[1].seq, records[1].hash))
            try await raw.executeRaw(
                """
                UPDATE audit_events SET seq = -(seq + 1) WHERE seq >= 3;
                UPDATE audit_events SET seq = -seq WHERE seq < 0;
                INSERT INTO audit_events (seq, time_us, kind, subject, details, actor, prev_hash, hash)
                VALUES (3, \(forged.timeMicros), 'alias.set', 'model:m', '{}', 'mallory', '\(forged.prevHash)', '\(forged.hash)')
                """)
            let check = try await store.verifyAudit()
            #expect(check.firstBadSeq == 4)
            #expect(check.problem?.contains("does not follow event 3") == true)
        }
        try await Self.withChain(backend) { store, raw, records in
            let forged = AuditChain.record(
                for: AuditEvent(kind: "alias.set", subject: "model:m", details: "{}", actor: "mallory", time: Date()),
                after: (records[4].seq, records[4].hash))
            try await raw.executeRaw(
                """
                INSERT INTO audit_events (seq, time_us, kind, subject, details, actor, prev_hash, hash)
                VALUES (6, \(forged.timeMicros), 'alias.set', 'model:m', '{}', 'mallory', '\(forged.prevHash)', '\(forged.hash)')
                """)
            let check = try await store.verifyAudit()
            #expect(check.firstBadSeq == 6)
            #expect(check.problem?.contains("inserted") == true)
        }
    }
}
