import Crypto
import Foundation

/// The hash chain behind the audit log, shared by both backends.
///
/// Canonical encoding (what is hashed): the UTF-8 bytes of a JSON object with keys in byte order and no whitespace,
/// `{"actor":…,"details":…,"kind":…,"prev_hash":…,"seq":…,"subject":…,"time_us":…}`, where `seq` and `time_us`
/// are decimal integers, `details` is the details JSON *as a string* (verbatim), and strings escape only `"`, `\`,
/// `\b \f \n \r \t` and other control characters below U+0020 (as `\u00xx`, lowercase hex). This is exactly
/// Python's `json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)`, so anyone can re-check a
/// chain. An event's hash is the lowercase hex SHA-256 of that encoding; the first event's `prev_hash` is 64 zeros.
public enum AuditChain {
    /// The `prev_hash` of the first event.
    public static let genesisHash = String(repeating: "0", count: 64)

    /// The canonical encoding of a record (its `hash` field is not part of it).
    public static func canonicalEncoding(
        seq: Int64, timeMicros: Int64, kind: String, subject: String, details: String, actor: String,
        prevHash: String
    ) -> String {
        "{\"actor\":\(quoted(actor)),\"details\":\(quoted(details)),\"kind\":\(quoted(kind)),"
            + "\"prev_hash\":\(quoted(prevHash)),\"seq\":\(seq),\"subject\":\(quoted(subject)),\"time_us\":\(timeMicros)}"
    }

    /// Lowercase hex SHA-256 of the canonical encoding.
    public static func hash(
        seq: Int64, timeMicros: Int64, kind: String, subject: String, details: String, actor: String,
        prevHash: String
    ) -> String {
        let text = canonicalEncoding(
            seq: seq, timeMicros: timeMicros, kind: kind, subject: subject, details: details, actor: actor,
            prevHash: prevHash)
        return hex(SHA256.hash(data: Data(text.utf8)))
    }

    /// Builds the record that follows `previous` (or the first record when `previous` is nil).
    public static func record(for event: AuditEvent, after previous: (seq: Int64, hash: String)?) -> AuditRecord {
        let seq = (previous?.seq ?? 0) + 1
        let prevHash = previous?.hash ?? genesisHash
        let micros = Int64((event.time.timeIntervalSince1970 * 1_000_000).rounded())
        let hash = hash(
            seq: seq, timeMicros: micros, kind: event.kind, subject: event.subject, details: event.details,
            actor: event.actor, prevHash: prevHash)
        return AuditRecord(
            seq: seq, timeMicros: micros, kind: event.kind, subject: event.subject, details: event.details,
            actor: event.actor, prevHash: prevHash, hash: hash)
    }

    /// Checks records (in stored `seq` order) against each other and against the chain head the store keeps.
    /// Detects edited, deleted, inserted and reordered events and names the first bad one.
    /// - Parameters:
    ///   - records: every stored record, ordered by `seq`.
    ///   - head: the last `(seq, hash)` the store recorded when appending, or nil when nothing was ever appended.
    public static func verify(_ records: [AuditRecord], head: (seq: Int64, hash: String)?) -> AuditVerification {
        var expectedSeq: Int64 = 1
        var previousHash = genesisHash
        for record in records {
            if record.seq != expectedSeq {
                let why =
                    record.seq > expectedSeq
                    ? "event \(expectedSeq) is missing (the next stored event is \(record.seq)): it was deleted"
                    : "event \(record.seq) appears out of order after event \(expectedSeq - 1)"
                return AuditVerification(eventCount: records.count, firstBadSeq: expectedSeq, problem: why)
            }
            if record.prevHash != previousHash {
                return AuditVerification(
                    eventCount: records.count, firstBadSeq: record.seq,
                    problem: "event \(record.seq) does not follow event \(record.seq - 1): prev_hash "
                        + "\(record.prevHash) but event \(record.seq - 1) hashes to \(previousHash) "
                        + "(inserted, deleted or reordered)")
            }
            let recomputed = hash(
                seq: record.seq, timeMicros: record.timeMicros, kind: record.kind, subject: record.subject,
                details: record.details, actor: record.actor, prevHash: record.prevHash)
            if recomputed != record.hash {
                return AuditVerification(
                    eventCount: records.count, firstBadSeq: record.seq,
                    problem: "event \(record.seq) was edited: stored hash \(record.hash), recomputed \(recomputed)")
            }
            previousHash = record.hash
            expectedSeq += 1
        }
        let lastSeq = expectedSeq - 1
        let headSeq = head?.seq ?? 0
        if headSeq > lastSeq {
            return AuditVerification(
                eventCount: records.count, firstBadSeq: lastSeq + 1,
                problem: "events \(lastSeq + 1)...\(headSeq) are missing: the chain head records \(headSeq) events")
        }
        if headSeq < lastSeq {
            return AuditVerification(
                eventCount: records.count, firstBadSeq: headSeq + 1,
                problem: "event \(headSeq + 1) was inserted outside the chain: the chain head records \(headSeq) events"
            )
        }
        if let head, head.hash != previousHash {
            return AuditVerification(
                eventCount: records.count, firstBadSeq: lastSeq,
                problem: "event \(lastSeq) hashes to \(previousHash) but the chain head records \(head.hash)")
        }
        return AuditVerification(eventCount: records.count)
    }

    /// Lowercase hex of a digest.
    static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        for byte in digest {
            bytes.append(digits[Int(byte >> 4)])
            bytes.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hexDigits = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hexDigits.count) + hexDigits
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
