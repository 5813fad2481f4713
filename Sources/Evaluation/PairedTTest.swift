/// The paired t-test of two configurations run on the same seeds (`scipy.stats.ttest_rel`, two-sided).
public struct PairedTTest: Sendable, Equatable, Codable {
    /// mean(d) / (sd(d) / √n) with d = a − b.
    public let statistic: Double
    /// n − 1.
    public let degreesOfFreedom: Double
    /// The two-sided p-value, 2 · P(T > |t|).
    public let pValue: Double

    /// Tests whether the mean of paired differences is zero.
    /// - Parameter differences: a − b per seed (at least 2).
    /// - Throws: `EvaluationError` if fewer than 2 differences, a difference is not finite, or all differences
    ///   are equal (zero variance: the statistic is undefined; scipy returns NaN or ±inf).
    public init(differences: [Double]) throws {
        try EvaluationError.requireFinite(differences, "differences")
        guard differences.count >= 2 else {
            throw EvaluationError(.emptyInput, "a paired t-test needs at least 2 seeds; got \(differences.count).")
        }
        let n = Double(differences.count)
        let mean = differences.reduce(0, +) / n
        let variance = differences.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)
        guard variance > 0 else {
            throw EvaluationError(
                .undefinedMetric,
                "every paired difference equals \(mean); the t statistic is undefined with zero variance.")
        }
        statistic = mean / (variance / n).squareRoot()
        degreesOfFreedom = n - 1
        pValue = min(1, 2 * StudentT.survival(abs(statistic), degreesOfFreedom: n - 1))
    }
}
