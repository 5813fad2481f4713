/// Settings of confident learning, named after cleanlab's `find_label_issues` arguments (defaults match it).
public struct LabelIssueOptions: Codable, Sendable, Equatable {
    /// Which examples are flagged (`filter_by`, default `prune_by_noise_rate`).
    public var filter: LabelIssueFilter = .pruneByNoiseRate
    /// How flagged examples are ranked (`return_indices_ranked_by`, default `self_confidence`).
    public var rankBy: LabelQualityScore = .selfConfidence
    /// Classes with at most this many examples are never pruned (`min_examples_per_class`, default 1), and the
    /// pruned joint keeps at least this many on each diagonal.
    public var minimumExamplesPerClass = 1
    /// Flag only this fraction of the estimated issues (`frac_noise`, default 1; only for the prune filters).
    public var noiseFraction = 1.0

    /// Default options (cleanlab's defaults).
    public init() {}

    /// Options with a filter and a ranking.
    public init(filter: LabelIssueFilter, rankBy: LabelQualityScore = .selfConfidence) {
        self.filter = filter
        self.rankBy = rankBy
    }
}
