/// One configuration's place in a ``ConfigurationRanking``.
public struct RankedConfiguration: Sendable, Equatable, Codable {
    /// The configuration's name.
    public let name: String
    /// Its rank: 1 is best; tied configurations share the rank of the best among them.
    public let rank: Int
    /// Its per-seed summary.
    public let summary: SeedSummary
    /// The other configurations it is statistically tied with (same rank).
    public let tiedWith: [String]
}
