import Foundation

/// Something the system or a user changed that must be accountable later: a registry or alias change, or a
/// learning-rate change the system made on its own (divergence guard, plateau cut, PBT perturbation, retraining).
public struct AuditEvent: Codable, Sendable, Hashable {
    /// What happened, dot-separated: `registry.version`, `alias.set`, `lr.plateau_cut`, ... (see ``AuditKind``).
    public var kind: String
    /// What it happened to: `model:churn`, `run:<id>`, ...
    public var subject: String
    /// Details as JSON text (stored and hashed verbatim).
    public var details: String
    /// Who did it: a user name or the component (`divergence-guard`, `operations`, ...).
    public var actor: String
    /// When it happened (stored with microsecond precision).
    public var time: Date

    /// Creates an event; `details` must be JSON text, `time` defaults to now.
    public init(kind: String, subject: String, details: String = "{}", actor: String, time: Date = Date()) {
        self.kind = kind
        self.subject = subject
        self.details = details
        self.actor = actor
        self.time = time
    }
}
