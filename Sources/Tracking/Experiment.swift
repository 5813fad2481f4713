import Foundation

/// A named group of runs (for example one model family or one question).
public struct Experiment: Codable, Sendable, Hashable {
    /// Stable identifier (a lowercase UUID).
    public var id: String
    /// Unique, user-chosen name.
    public var name: String
    /// When the experiment was created.
    public var createdAt: Date

    /// Creates an experiment value.
    public init(id: String, name: String, createdAt: Date) {
        self.id = id
        self.name = name
        self.createdAt = createdAt
    }
}
