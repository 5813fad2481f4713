import Foundation

/// A named model in the registry; its versions point at runs and artifacts, its aliases at versions.
public struct RegisteredModel: Codable, Sendable, Hashable {
    /// Unique name.
    public var name: String
    /// Free-text description.
    public var description: String
    /// When it was registered.
    public var createdAt: Date
    /// Current aliases (`champion`, `challenger`, ...) and the version each points at.
    public var aliases: [String: Int]

    /// Creates a model value.
    public init(name: String, description: String, createdAt: Date, aliases: [String: Int] = [:]) {
        self.name = name
        self.description = description
        self.createdAt = createdAt
        self.aliases = aliases
    }
}
