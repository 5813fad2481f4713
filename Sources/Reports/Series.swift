/// One named line of a `LineChart` or `TerminalPlot`: paired x and y values, optionally with a shaded band.
///
/// Non-finite values (NaN, ±infinity) are allowed and drawn as gaps that break the line.
public struct Series: Sendable, Equatable {
    /// The name shown in the legend.
    public var name: String
    /// The x values, one per point.
    public private(set) var x: [Double]
    /// The y values, one per point (same length as `x`).
    public private(set) var y: [Double]
    /// An optional lower/upper band (for example a confidence interval over seeds), drawn under the line.
    public var band: Band?
    /// An optional stroke colour (CSS colour such as `#0072B2`); `nil` takes the next palette colour.
    public var colour: String?

    /// Creates a series from (x, y) points.
    public init(name: String, points: [(x: Double, y: Double)], band: Band? = nil, colour: String? = nil) {
        self.name = name
        self.x = points.map(\.x)
        self.y = points.map(\.y)
        self.band = band
        self.colour = colour
    }

    /// Creates a series from parallel x and y arrays.
    /// - Throws: `ReportsError.Code.mismatchedLengths` when `x` and `y` differ in length.
    public init(name: String, x: [Double], y: [Double], band: Band? = nil, colour: String? = nil) throws {
        guard x.count == y.count else {
            throw ReportsError(
                .mismatchedLengths,
                "series '\(name)': x has \(x.count) values but y has \(y.count); pass one x per y value")
        }
        self.name = name
        self.x = x
        self.y = y
        self.band = band
        self.colour = colour
    }

    /// Creates a series whose x values are the positions `start, start + step, ...` (for example step numbers).
    public init(name: String, values: [Double], start: Double = 0, step: Double = 1, colour: String? = nil) {
        self.name = name
        self.x = values.indices.map { start + Double($0) * step }
        self.y = values
        self.band = nil
        self.colour = colour
    }

    /// The number of points.
    public var count: Int { y.count }
}
