/// Two configurations compared over the same seeds: the mean difference a − b, a paired t-test, a Wilcoxon
/// signed-rank test and a bootstrap interval of the mean difference.
public struct PairedComparison: Sendable, Equatable, Codable {
    /// The number of paired seeds.
    public let count: Int
    /// mean(a − b).
    public let meanDifference: Double
    /// The paired t-test, or `nil` when every difference is the same (zero variance).
    public let tTest: PairedTTest?
    /// The signed-rank test, or `nil` when it is undefined (every difference zero and n > 13).
    public let wilcoxon: WilcoxonSignedRank?
    /// The percentile bootstrap interval of the mean difference.
    public let bootstrap: BootstrapInterval

    /// Compares `a` with `b`, where `a[i]` and `b[i]` come from the same seed.
    /// - Parameters:
    ///   - a: the metric of the first configuration, per seed.
    ///   - b: the metric of the second configuration, per seed, in the same seed order.
    ///   - confidenceLevel: the bootstrap interval's coverage.
    ///   - resamples: the number of bootstrap resamples.
    ///   - seed: the bootstrap generator's seed.
    /// - Throws: `EvaluationError` if the lengths differ, fewer than 2 seeds, or a value is not finite.
    public init(
        _ a: [Double], _ b: [Double], confidenceLevel: Double = 0.95, resamples: Int = 10_000, seed: UInt64 = 0
    ) throws {
        try EvaluationError.requireSameLength(a.count, "a", b.count, "b")
        try EvaluationError.requireFinite(a, "a")
        try EvaluationError.requireFinite(b, "b")
        let differences = zip(a, b).map { $0 - $1 }
        bootstrap = try BootstrapInterval(
            values: differences, confidenceLevel: confidenceLevel, resamples: resamples, seed: seed)
        count = differences.count
        meanDifference = bootstrap.estimate
        tTest = try? PairedTTest(differences: differences)
        wilcoxon = try? WilcoxonSignedRank(differences: differences)
    }
}
