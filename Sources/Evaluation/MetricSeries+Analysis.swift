extension MetricSeries {
    /// The first point at which the metric reaches `target` (≤ when minimising, ≥ when maximising), or `nil`.
    ///
    /// The returned point carries the steps, samples and seconds needed to reach the target.
    public func firstReach(target: Double, goal: MetricGoal) -> MetricPoint? {
        points.first { goal.reaches($0.value, target: target) }
    }

    /// The best point (the earliest one on ties).
    public func best(goal: MetricGoal) -> MetricPoint {
        points.dropFirst().reduce(points[0]) { goal.isBetter($1.value, than: $0.value) ? $1 : $0 }
    }

    /// The area under the curve by the trapezoid rule over steps (`numpy.trapezoid(values, steps)`).
    ///
    /// - Parameter normalised: divide by the step span (last − first), giving the curve's mean height so
    ///   that runs of different lengths compare; a single point returns its value.
    public func areaUnderCurve(normalised: Bool = true) -> Double {
        guard points.count > 1 else { return normalised ? points[0].value : 0 }
        var area = 0.0
        for i in 1..<points.count {
            area += Double(points[i].step - points[i - 1].step) * (points[i].value + points[i - 1].value) / 2
        }
        return normalised ? area / Double(final.step - points[0].step) : area
    }
}
