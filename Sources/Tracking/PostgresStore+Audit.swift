import Foundation
import PostgresNIO

extension PostgresStore {
    public func appendAudit(_ event: AuditEvent) async throws -> AuditRecord {
        try await transaction { connection in try await self.appendAudit(event, connection) }
    }

    public func auditRecords(afterSeq: Int64, limit: Int) async throws -> [AuditRecord] {
        try await withConnection { connection in
            try await self.records(
                """
                SELECT seq, time_us, kind, subject, details, actor, prev_hash, hash FROM audit_events
                WHERE seq > \(afterSeq) ORDER BY seq LIMIT \(Int64(limit))
                """, connection)
        }
    }

    public func verifyAudit() async throws -> AuditVerification {
        try await transaction { connection in
            // One REPEATABLE READ snapshot so events and head are read consistently.
            try await connection.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: self.logger)
            var head: (seq: Int64, hash: String)?
            for try await (seq, hash) in try await connection.query(
                "SELECT seq, hash FROM audit_head WHERE id = 1", logger: self.logger
            ).decode((Int64, String).self) {
                head = (seq, hash)
            }
            let records = try await self.records(
                "SELECT seq, time_us, kind, subject, details, actor, prev_hash, hash FROM audit_events ORDER BY seq",
                connection)
            return AuditChain.verify(records, head: head)
        }
    }

    /// Appends inside the caller's transaction. `SELECT … FOR UPDATE` on the single head row makes concurrent
    /// appenders (any process, any machine) wait for each other, so the chain cannot fork.
    func appendAudit(_ event: AuditEvent, _ connection: PostgresConnection) async throws -> AuditRecord {
        var head: (seq: Int64, hash: String)?
        for try await (seq, hash) in try await connection.query(
            "SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE", logger: logger
        ).decode((Int64, String).self) {
            head = (seq, hash)
        }
        guard let head else {
            throw TrackingError(.database, "the audit chain head row is missing: the store was edited by hand")
        }
        let record = AuditChain.record(for: event, after: head.seq == 0 ? nil : head)
        try await connection.query(
            """
            INSERT INTO audit_events (seq, time_us, kind, subject, details, actor, prev_hash, hash)
            VALUES (\(record.seq), \(record.timeMicros), \(record.kind), \(record.subject), \(record.details),
                    \(record.actor), \(record.prevHash), \(record.hash))
            """, logger: logger)
        try await connection.query(
            "UPDATE audit_head SET seq = \(record.seq), hash = \(record.hash) WHERE id = 1", logger: logger)
        return record
    }

    func records(_ query: PostgresQuery, _ connection: PostgresConnection) async throws -> [AuditRecord] {
        var found: [AuditRecord] = []
        for try await (seq, micros, kind, subject, details, actor, prev, hash) in try await connection.query(
            query, logger: logger
        ).decode((Int64, Int64, String, String, String, String, String, String).self) {
            found.append(
                AuditRecord(
                    seq: seq, timeMicros: micros, kind: kind, subject: subject, details: details, actor: actor,
                    prevHash: prev, hash: hash))
        }
        return found
    }
}
