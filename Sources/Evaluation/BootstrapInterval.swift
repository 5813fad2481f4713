/// A percentile bootstrap interval of the mean (of paired differences), reproducible from its seed.
public struct BootstrapInterval: Sendable, Equatable, Codable {
    /// The mean of the original values.
    public let estimate: Double
    /// The (1 − c)/2 percentile of the resampled means.
    public let lower: Double
    /// The (1 + c)/2 percentile of the resampled means.
    public let upper: Double
    /// The confidence level c.
    public let confidenceLevel: Double
    /// The number of resamples.
    public let resamples: Int
    /// The seed of the SplitMix64 generator that drew the resamples.
    public let seed: UInt64

    /// Resamples `values` with replacement `resamples` times and takes percentiles of the means
    /// (`numpy.percentile`, linear), as `scipy.stats.bootstrap(method="percentile")`.
    /// - Throws: `EvaluationError` if fewer than 2 values, a value is not finite, the level is outside (0, 1),
    ///   or `resamples` < 100.
    /// - Complexity: O(resamples · n).
    public init(values: [Double], confidenceLevel: Double = 0.95, resamples: Int = 10_000, seed: UInt64 = 0) throws {
        try EvaluationError.requireFinite(values, "values")
        guard values.count >= 2 else {
            throw EvaluationError(.emptyInput, "a bootstrap needs at least 2 values; got \(values.count).")
        }
        guard confidenceLevel > 0, confidenceLevel < 1 else {
            throw EvaluationError(
                .invalidArgument, "`confidenceLevel` is \(confidenceLevel); pass a value in (0, 1), e.g. 0.95.")
        }
        guard resamples >= 100 else {
            throw EvaluationError(.invalidArgument, "`resamples` is \(resamples); pass at least 100 (e.g. 10000).")
        }
        var generator = SplitMix64(seed: seed)
        let n = values.count
        var means = [Double](repeating: 0, count: resamples)
        for r in 0..<resamples {
            var sum = 0.0
            for _ in 0..<n { sum += values[generator.index(below: n)] }
            means[r] = sum / Double(n)
        }
        means.sort()
        estimate = values.reduce(0, +) / Double(n)
        lower = Percentile.linear(means, (1 - confidenceLevel) / 2)
        upper = Percentile.linear(means, (1 + confidenceLevel) / 2)
        self.confidenceLevel = confidenceLevel
        self.resamples = resamples
        self.seed = seed
    }
}
