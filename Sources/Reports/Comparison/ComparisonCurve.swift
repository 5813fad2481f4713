/// One configuration's curve in a ``ComparisonReport``: the mean over seeds at each step and, optionally, the
/// interval around it (drawn as a shaded band in the configuration's colour).
public struct ComparisonCurve: Sendable, Equatable {
    /// The configuration's name (legend).
    public var name: String
    /// The steps.
    public var steps: [Double]
    /// The mean at each step.
    public var mean: [Double]
    /// The interval's lower end at each step, if any.
    public var lower: [Double]?
    /// The interval's upper end at each step, if any.
    public var upper: [Double]?

    /// Creates a curve; `lower` and `upper` must both be given (or both be `nil`) and match `steps` in length.
    /// - Throws: `ReportsError.Code.mismatchedLengths` naming the curve.
    public init(name: String, steps: [Double], mean: [Double], lower: [Double]? = nil, upper: [Double]? = nil) throws {
        guard steps.count == mean.count, lower?.count ?? steps.count == steps.count,
            upper?.count ?? steps.count == steps.count, (lower == nil) == (upper == nil)
        else {
            throw ReportsError(
                .mismatchedLengths,
                "curve '\(name)': \(steps.count) steps, \(mean.count) means, \(lower?.count ?? 0) lower and "
                    + "\(upper?.count ?? 0) upper values; pass one value per step (and both bounds or neither)")
        }
        self.name = name
        self.steps = steps
        self.mean = mean
        self.lower = lower
        self.upper = upper
    }

    /// The curve as a chart series (with its band).
    func series() -> Series {
        var series = Series(name: name, points: zip(steps, mean).map { (x: $0, y: $1) })
        if let lower, let upper {
            series.band = Band(points: steps.indices.map { (x: steps[$0], lower: lower[$0], upper: upper[$0]) })
        }
        return series
    }
}
