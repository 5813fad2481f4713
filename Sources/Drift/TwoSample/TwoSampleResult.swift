/// The outcome of one two-sample comparison: a statistic and, for hypothesis tests, a p-value.
public struct TwoSampleResult: Codable, Sendable, Equatable {
    /// The test statistic or distance.
    public var statistic: Double
    /// The p-value, or `nil` for distances (PSI, Jensen–Shannon, Wasserstein) that have none.
    public var pValue: Double?
    /// For Kolmogorov–Smirnov: `"exact"` or `"asymptotic"`, the p-value method actually used.
    public var method: String?

    /// Creates a result.
    public init(statistic: Double, pValue: Double? = nil, method: String? = nil) {
        self.statistic = statistic
        self.pValue = pValue
        self.method = method
    }
}
