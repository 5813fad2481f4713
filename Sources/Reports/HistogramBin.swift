/// One bar of a histogram: the half-open interval `[lower, upper)` and how many values fell in it.
public struct HistogramBin: Sendable, Equatable {
    /// The left edge.
    public var lower: Double
    /// The right edge.
    public var upper: Double
    /// The number (or total weight) of values in the bin.
    public var count: Double

    /// Creates a bin.
    public init(lower: Double, upper: Double, count: Double) {
        self.lower = lower
        self.upper = upper
        self.count = count
    }
}
