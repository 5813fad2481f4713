/// A dataset description attached to a run or a model version: a role (`train`, `validation`, ...) and the card
/// itself as JSON text (the Datasets module's provenance card, stored verbatim).
public struct DatasetCard: Codable, Sendable, Hashable {
    /// What the data was used for: `train`, `validation`, `test`, `reference`, ...
    public var role: String
    /// The card as JSON text, stored and returned byte for byte.
    public var json: String

    /// Creates a card.
    public init(role: String, json: String) {
        self.role = role
        self.json = json
    }
}
