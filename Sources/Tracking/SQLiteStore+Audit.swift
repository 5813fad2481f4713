import Foundation
import GRDB

extension SQLiteStore {
    public func appendAudit(_ event: AuditEvent) async throws -> AuditRecord {
        try await write { db in try Self.appendAudit(event, db) }
    }

    public func auditRecords(afterSeq: Int64, limit: Int) async throws -> [AuditRecord] {
        try await read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM audit_events WHERE seq > ? ORDER BY seq LIMIT ?", arguments: [afterSeq, limit]
            ).map(Self.auditRecord)
        }
    }

    public func verifyAudit() async throws -> AuditVerification {
        try await read { db in
            let records = try Row.fetchAll(db, sql: "SELECT * FROM audit_events ORDER BY seq").map(Self.auditRecord)
            let head = try Row.fetchOne(db, sql: "SELECT seq, hash FROM audit_head WHERE id = 1")
            return AuditChain.verify(records, head: head.map { (seq: $0["seq"], hash: $0["hash"]) })
        }
    }

    /// Appends inside the caller's `BEGIN IMMEDIATE` transaction, which holds SQLite's single write lock, so no
    /// other process can append between reading the head and writing the new event.
    static func appendAudit(_ event: AuditEvent, _ db: Database) throws -> AuditRecord {
        guard let head = try Row.fetchOne(db, sql: "SELECT seq, hash FROM audit_head WHERE id = 1") else {
            throw TrackingError(.database, "the audit chain head row is missing: the store was edited by hand")
        }
        let headSeq: Int64 = head["seq"]
        let previous: (seq: Int64, hash: String)? = headSeq == 0 ? nil : (headSeq, head["hash"])
        let record = AuditChain.record(for: event, after: previous)
        try db.execute(
            sql: """
                INSERT INTO audit_events (seq, time_us, kind, subject, details, actor, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                record.seq, record.timeMicros, record.kind, record.subject, record.details, record.actor,
                record.prevHash, record.hash,
            ])
        try db.execute(
            sql: "UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1", arguments: [record.seq, record.hash])
        return record
    }

    static func auditRecord(_ row: Row) -> AuditRecord {
        AuditRecord(
            seq: row["seq"], timeMicros: row["time_us"], kind: row["kind"], subject: row["subject"],
            details: row["details"], actor: row["actor"], prevHash: row["prev_hash"], hash: row["hash"])
    }
}
