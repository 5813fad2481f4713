/// A ranking of configurations by their mean over seeds that calls a tie when confidence intervals overlap.
///
/// Rule: configurations are sorted by mean (best first for the ``MetricGoal``). The first one leads a group
/// with rank 1. Each next configuration joins the current group when its interval overlaps the group leader's
/// interval; otherwise it leads a new group whose rank is its 1-based position (competition ranking, "1, 1, 3").
public struct ConfigurationRanking: Sendable, Equatable, Codable {
    /// The configurations, best first.
    public let entries: [RankedConfiguration]
    /// Whether lower or higher values are better.
    public let goal: MetricGoal

    /// Ranks configurations from their per-seed values.
    /// - Parameters:
    ///   - results: each configuration's name and its metric per seed (at least 2 seeds each).
    ///   - goal: whether lower or higher is better.
    ///   - confidenceLevel: the level of the t-intervals compared.
    /// - Throws: `EvaluationError` if `results` is empty, a name repeats, or a configuration fails
    ///   ``SeedSummary/init(values:confidenceLevel:)``.
    public init(results: [(name: String, values: [Double])], goal: MetricGoal, confidenceLevel: Double = 0.95) throws {
        try EvaluationError.requireNonEmpty(results.count, "results")
        var seen = Set<String>()
        for (name, _) in results where !seen.insert(name).inserted {
            throw EvaluationError(.invalidArgument, "configuration \"\(name)\" appears twice; give each a unique name.")
        }
        let summaries = try results.map {
            ($0.name, try SeedSummary(values: $0.values, confidenceLevel: confidenceLevel))
        }
        .enumerated()
        .sorted { lhs, rhs in
            lhs.element.1.mean == rhs.element.1.mean
                ? lhs.offset < rhs.offset : goal.isBetter(lhs.element.1.mean, than: rhs.element.1.mean)
        }
        .map(\.element)
        var ranks: [Int] = []
        var leader = 0
        for (position, (_, summary)) in summaries.enumerated() {
            if position > 0 && summary.overlaps(summaries[leader].1) {
                ranks.append(ranks[leader])
            } else {
                leader = position
                ranks.append(position + 1)
            }
        }
        entries = summaries.indices.map { i in
            RankedConfiguration(
                name: summaries[i].0, rank: ranks[i], summary: summaries[i].1,
                tiedWith: summaries.indices.filter { $0 != i && ranks[$0] == ranks[i] }.map { summaries[$0].0 })
        }
        self.goal = goal
    }
}
