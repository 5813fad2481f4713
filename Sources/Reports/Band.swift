/// A shaded region between a lower and an upper value at each x, such as a confidence interval over seeds.
///
/// Attach it to a `Series`; it is drawn in the series' colour, under every line. Non-finite bounds break the band.
public struct Band: Sendable, Equatable {
    /// The x values, one per point.
    public private(set) var x: [Double]
    /// The lower bound at each x.
    public private(set) var lower: [Double]
    /// The upper bound at each x.
    public private(set) var upper: [Double]

    /// Creates a band from (x, lower, upper) points.
    public init(points: [(x: Double, lower: Double, upper: Double)]) {
        self.x = points.map(\.x)
        self.lower = points.map(\.lower)
        self.upper = points.map(\.upper)
    }

    /// Creates a band from parallel arrays.
    /// - Throws: `ReportsError.Code.mismatchedLengths` when the three arrays differ in length.
    public init(x: [Double], lower: [Double], upper: [Double]) throws {
        guard x.count == lower.count, x.count == upper.count else {
            throw ReportsError(
                .mismatchedLengths,
                "band: x has \(x.count) values, lower \(lower.count), upper \(upper.count); pass one bound pair per x")
        }
        self.x = x
        self.lower = lower
        self.upper = upper
    }

    /// The number of points.
    public var count: Int { x.count }
}
