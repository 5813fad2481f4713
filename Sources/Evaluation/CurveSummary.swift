/// The analysis of one metric series in one value: best, final, normalised area, target reach, spikes and
/// plateaus, ready to store or print as JSON.
public struct CurveSummary: Sendable, Equatable, Codable {
    /// Whether lower or higher is better.
    public let goal: MetricGoal
    /// The best point.
    public let best: MetricPoint
    /// The last point.
    public let final: MetricPoint
    /// The trapezoid area over steps divided by the step span (the curve's mean height).
    public let normalisedArea: Double
    /// The target, if one was given.
    public let target: Double?
    /// The first point that reached the target, or `nil` if none did (or no target was given).
    public let reachedTarget: MetricPoint?
    /// Loss spikes (only looked for when minimising; see ``MetricSeries/spikes(factor:window:)``).
    public let spikes: [LossSpike]
    /// Plateaus (see ``MetricSeries/plateaus(window:threshold:)``).
    public let plateaus: [Plateau]

    /// Analyses `series` with the default spike (2× the median of the last 10) and plateau (< 1 % over
    /// 5 points) rules.
    /// - Parameters:
    ///   - series: the metric over training.
    ///   - goal: whether lower or higher is better.
    ///   - target: an optional value to reach.
    public init(series: MetricSeries, goal: MetricGoal, target: Double? = nil) throws {
        self.goal = goal
        best = series.best(goal: goal)
        final = series.final
        normalisedArea = series.areaUnderCurve()
        self.target = target
        reachedTarget = target.flatMap { series.firstReach(target: $0, goal: goal) }
        spikes = goal == .minimize ? try series.spikes() : []
        plateaus = try series.plateaus()
    }
}
