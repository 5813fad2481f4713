/// The spread of a metric over several seeds: mean, sample standard deviation and a Student-t interval.
public struct SeedSummary: Sendable, Equatable, Codable {
    /// The number of seeds.
    public let count: Int
    /// The mean over seeds.
    public let mean: Double
    /// The sample standard deviation (divisor n − 1).
    public let standardDeviation: Double
    /// standardDeviation / √n.
    public let standardError: Double
    /// The confidence level of the interval (e.g. 0.95).
    public let confidenceLevel: Double
    /// mean − t₍₁₊c₎/₂,ₙ₋₁ · standardError.
    public let lower: Double
    /// mean + t₍₁₊c₎/₂,ₙ₋₁ · standardError.
    public let upper: Double

    /// Summarises one value per seed.
    /// - Parameters:
    ///   - values: the metric of each seed (at least 2).
    ///   - confidenceLevel: the interval's coverage, in (0, 1).
    /// - Throws: `EvaluationError` if fewer than 2 values, a value is not finite, or the level is outside (0, 1).
    public init(values: [Double], confidenceLevel: Double = 0.95) throws {
        try EvaluationError.requireFinite(values, "values")
        guard values.count >= 2 else {
            throw EvaluationError(
                .emptyInput,
                "`values` has \(values.count) seed(s); a spread and an interval need at least 2 seeds.")
        }
        guard confidenceLevel > 0, confidenceLevel < 1 else {
            throw EvaluationError(
                .invalidArgument, "`confidenceLevel` is \(confidenceLevel); pass a value in (0, 1), e.g. 0.95.")
        }
        let n = Double(values.count)
        let mean = values.reduce(0, +) / n
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)
        let standardError = (variance / n).squareRoot()
        let t = try StudentT.quantile((1 + confidenceLevel) / 2, degreesOfFreedom: n - 1)
        self.count = values.count
        self.mean = mean
        self.standardDeviation = variance.squareRoot()
        self.standardError = standardError
        self.confidenceLevel = confidenceLevel
        self.lower = mean - t * standardError
        self.upper = mean + t * standardError
    }

    /// Whether this interval and `other` share at least one point.
    public func overlaps(_ other: SeedSummary) -> Bool { lower <= other.upper && other.lower <= upper }
}
