extension MetricSeries {
    /// Plateaus: maximal stretches covered by windows of `window` + 1 consecutive points whose relative
    /// change |v_end − v_start| / |v_start| is below `threshold`.
    ///
    /// Overlapping or touching windows merge into one plateau. A start value of 0 compares the absolute change.
    /// - Throws: `EvaluationError` if `window` < 1 or `threshold` ≤ 0.
    public func plateaus(window: Int = 5, threshold: Double = 0.01) throws -> [Plateau] {
        guard window >= 1 else {
            throw EvaluationError(.invalidArgument, "`window` is \(window); pass at least 1 step between points.")
        }
        guard threshold > 0, threshold.isFinite else {
            throw EvaluationError(.invalidArgument, "`threshold` is \(threshold); pass a finite value > 0.")
        }
        var ranges: [ClosedRange<Int>] = []
        for end in points.indices where end >= window {
            let start = end - window
            let base = points[start].value
            let change = abs(points[end].value - base) / (base == 0 ? 1 : abs(base))
            guard change < threshold else { continue }
            if let last = ranges.last, start <= last.upperBound {
                ranges[ranges.count - 1] = last.lowerBound...end
            } else {
                ranges.append(start...end)
            }
        }
        return ranges.map { range in
            Plateau(
                startStep: points[range.lowerBound].step, endStep: points[range.upperBound].step,
                startValue: points[range.lowerBound].value, endValue: points[range.upperBound].value,
                pointCount: range.count)
        }
    }
}
