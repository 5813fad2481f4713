import Foundation

/// An audit event as stored in the chain: its sequence number, the previous event's hash and its own hash.
public struct AuditRecord: Codable, Sendable, Hashable {
    /// Position in the chain, 1, 2, 3, ... without gaps.
    public var seq: Int64
    /// Event time in whole microseconds since 1970 (the value that is hashed).
    public var timeMicros: Int64
    /// Event kind.
    public var kind: String
    /// Event subject.
    public var subject: String
    /// Details JSON text.
    public var details: String
    /// Actor.
    public var actor: String
    /// Hash of the previous record (64 zeros for the first).
    public var prevHash: String
    /// SHA-256 of this record's canonical encoding (see ``AuditChain``).
    public var hash: String

    /// The event time as a date.
    public var time: Date { Date(timeIntervalSince1970: Double(timeMicros) / 1_000_000) }

    /// Creates a record value.
    public init(
        seq: Int64, timeMicros: Int64, kind: String, subject: String, details: String, actor: String,
        prevHash: String, hash: String
    ) {
        self.seq = seq
        self.timeMicros = timeMicros
        self.kind = kind
        self.subject = subject
        self.details = details
        self.actor = actor
        self.prevHash = prevHash
        self.hash = hash
    }
}
