import Foundation

/// One move of an alias, kept forever so a rollback knows where the alias was before.
public struct AliasChange: Codable, Sendable, Hashable {
    /// The model's name.
    public var model: String
    /// The alias, for example `champion`.
    public var alias: String
    /// The version it pointed at before; `nil` when the alias was new.
    public var fromVersion: Int?
    /// The version it points at after.
    public var toVersion: Int
    /// Who moved it (a user name, `operations`, `rollback`, ...).
    public var actor: String
    /// Why it was moved.
    public var reason: String
    /// When it moved.
    public var time: Date
    /// Whether this move was a rollback (rollbacks are skipped when the next rollback looks for the previous version).
    public var isRollback: Bool

    /// Creates an alias change value.
    public init(
        model: String, alias: String, fromVersion: Int?, toVersion: Int, actor: String, reason: String, time: Date,
        isRollback: Bool = false
    ) {
        self.model = model
        self.alias = alias
        self.fromVersion = fromVersion
        self.toVersion = toVersion
        self.actor = actor
        self.reason = reason
        self.time = time
        self.isRollback = isRollback
    }
}
