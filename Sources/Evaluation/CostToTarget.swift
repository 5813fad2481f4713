/// The cost of reaching a target metric value: the point where it was first reached and the share of the
/// run's total cost spent until then.
public struct CostToTarget: Sendable, Equatable, Codable {
    /// The first point that reached the target.
    public let reachedAt: MetricPoint
    /// The fraction of the run (0...1) completed at that point.
    public let fraction: Double
    /// The cost up to that point.
    public let cost: Cost

    /// Apportions `total` to the first point of `series` that reaches `target`, or returns `nil` if the target
    /// is never reached.
    ///
    /// The fraction of the run is measured in seconds when the point and the final point carry seconds, else in
    /// samples when they carry samples, else in steps (from 0); wall, CPU and FLOPs scale by it. Samples come
    /// from the point when recorded, else scale too.
    /// - Parameters:
    ///   - target: the metric value to reach (≤ when minimising, ≥ when maximising).
    ///   - goal: whether lower or higher is better.
    ///   - series: the metric over the run.
    ///   - total: the cost of the whole run.
    public init?(target: Double, goal: MetricGoal, series: MetricSeries, total: Cost) {
        guard let point = series.firstReach(target: target, goal: goal) else { return nil }
        let last = series.final
        let fraction: Double
        if let seconds = point.seconds, let totalSeconds = last.seconds, totalSeconds > 0 {
            fraction = seconds / totalSeconds
        } else if let samples = point.samples, let totalSamples = last.samples, totalSamples > 0 {
            fraction = Double(samples) / Double(totalSamples)
        } else {
            fraction = last.step > 0 ? Double(point.step) / Double(last.step) : 1
        }
        let clamped = min(max(fraction, 0), 1)
        reachedAt = point
        self.fraction = clamped
        cost = Cost(
            wallSeconds: total.wallSeconds * clamped, cpuSeconds: total.cpuSeconds * clamped,
            samples: point.samples ?? Int((Double(total.samples) * clamped).rounded()),
            flops: total.flops * clamped)
    }
}
