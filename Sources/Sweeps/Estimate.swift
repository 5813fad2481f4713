import Evaluation

/// A value measured over seeds: the mean and, from two seeds on, a Student-t confidence interval.
public struct Estimate: Sendable, Codable, Equatable {
    /// The number of seeds the value was measured on.
    public let count: Int
    /// The mean over those seeds.
    public let mean: Double
    /// The interval's lower end (`nil` for a single seed).
    public let lower: Double?
    /// The interval's upper end (`nil` for a single seed).
    public let upper: Double?

    /// Summarises finite values; `nil` when there are none.
    /// - Parameters:
    ///   - values: one value per seed; non-finite ones are left out.
    ///   - confidenceLevel: the interval's coverage, in (0, 1).
    public init?(_ values: [Double], confidenceLevel: Double = 0.95) {
        let finite = values.filter(\.isFinite)
        guard !finite.isEmpty else { return nil }
        count = finite.count
        if finite.count >= 2, let summary = try? SeedSummary(values: finite, confidenceLevel: confidenceLevel) {
            mean = summary.mean
            lower = summary.lower
            upper = summary.upper
        } else {
            mean = finite.reduce(0, +) / Double(finite.count)
            lower = nil
            upper = nil
        }
    }

    /// Half the interval's width (`nil` for a single seed).
    public var halfWidth: Double? { upper.flatMap { upper in lower.map { (upper - $0) / 2 } } }
}
