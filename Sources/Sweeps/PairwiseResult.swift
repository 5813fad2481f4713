/// The leading schedule compared with another over the seeds both finished: the mean difference of the compared
/// metric (leader − other) with a bootstrap interval, the paired t-test and the Wilcoxon signed-rank test.
public struct PairwiseResult: Sendable, Codable, Equatable {
    /// The leading schedule (best mean).
    public let leader: String
    /// The schedule it is compared with.
    public let other: String
    /// Seeds both finished.
    public let seeds: Int
    /// mean(leader − other) over those seeds.
    public let meanDifference: Double?
    /// The bootstrap interval's lower end of the mean difference.
    public let lower: Double?
    /// The bootstrap interval's upper end of the mean difference.
    public let upper: Double?
    /// The paired t-test's two-sided p-value (0 when every difference is the same non-zero value, 1 when all
    /// are zero).
    public let tTestPValue: Double?
    /// The Wilcoxon signed-rank test's two-sided p-value (reported beside the t-test; with five seeds it cannot go
    /// below 0.0625).
    public let wilcoxonPValue: Double?
    /// The t-test p-value after Holm's correction over the leader's comparisons.
    public let adjustedPValue: Double?
    /// Whether the leader is better than `other` at the leaderboard's level after the correction.
    public let significant: Bool
}
