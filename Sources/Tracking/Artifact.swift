import Foundation

/// A file recorded for a run (a model bundle, a report, ...), stored once by content under its SHA-256.
public struct Artifact: Codable, Sendable, Hashable {
    /// The run the artifact belongs to.
    public var runID: String
    /// The name it was logged under, for example `model.bundle` or `report.html`.
    public var name: String
    /// What it is: `model`, `report`, `checkpoint`, ...
    public var kind: String
    /// Lowercase hex SHA-256 of the content.
    public var sha256: String
    /// Size in bytes.
    public var size: Int64
    /// When it was logged.
    public var createdAt: Date

    /// Creates an artifact record.
    public init(runID: String, name: String, kind: String, sha256: String, size: Int64, createdAt: Date) {
        self.runID = runID
        self.name = name
        self.kind = kind
        self.sha256 = sha256
        self.size = size
        self.createdAt = createdAt
    }
}
