/// The robust (modified) z-score of Iglewicz and Hoaglin: `0.6745 · (x − median) / MAD`, where MAD is the
/// median absolute deviation. Values with |z| > 3.5 are the usual outlier cut.
///
/// Robust because one huge value moves neither the median nor the MAD, unlike the mean and standard deviation.
public struct RobustZScore: Sendable, Equatable {
    /// The constant 0.6745 ≈ Φ⁻¹(0.75), so that the score matches a standard z-score for normal data.
    public static let consistency = 0.6745
    /// The threshold Iglewicz and Hoaglin recommend.
    public static let defaultThreshold = 3.5

    /// The median of the values.
    public let median: Double
    /// The median absolute deviation from the median.
    public let mad: Double

    /// Fits the median and MAD of the non-NaN values, or returns `nil` when there are none or MAD is 0 (more
    /// than half the values are equal, and the score is undefined).
    public init?(_ values: [Double]) {
        let present = values.filter { !$0.isNaN }
        guard !present.isEmpty else { return nil }
        let median = Self.median(present)
        let mad = Self.median(present.map { abs($0 - median) })
        guard mad > 0 else { return nil }
        self.median = median
        self.mad = mad
    }

    /// The robust z-score of `value`.
    public func score(_ value: Double) -> Double { Self.consistency * (value - median) / mad }

    /// The median of non-empty values (the mean of the two middle values for an even count).
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
