#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// fastai's smoothed training loss (`AvgSmoothLoss`): an exponential moving average with bias correction.
///
/// After `n` losses, `average = β·average + (1 − β)·loss` and `value = average / (1 − βⁿ)`, so the first value is
/// the first loss itself rather than a value pulled towards zero. A NaN loss makes every later value NaN, as in
/// fastai.
public struct SmoothedLoss: Sendable, Hashable, Codable {
    /// The weight of the past, fastai's `beta` (0.98 by default).
    public let beta: Double
    /// The raw moving average (before bias correction).
    public private(set) var average: Double = 0
    /// The number of losses added.
    public private(set) var count: Int = 0

    /// Creates an empty average.
    /// - Parameter beta: the weight of the past, in `[0, 1)`; values outside are clamped into it.
    public init(beta: Double = 0.98) {
        self.beta = min(max(beta, 0), 0.999_999)
    }

    /// The bias-corrected average, or `nil` before the first loss.
    public var value: Double? {
        guard count > 0 else { return nil }
        return average / (1 - pow(beta, Double(count)))
    }

    /// Adds one loss and returns the new bias-corrected value.
    @discardableResult
    public mutating func add(_ loss: Double) -> Double {
        average = beta * average + (1 - beta) * loss
        count += 1
        return average / (1 - pow(beta, Double(count)))
    }
}
