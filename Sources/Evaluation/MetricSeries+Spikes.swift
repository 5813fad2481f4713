extension MetricSeries {
    /// Loss spikes: runs of points whose value is more than `factor` × the median of the previous `window`
    /// values (fewer at the start, but at least 3).
    ///
    /// Rule: point i is a spike point when i ≥ 3, the median m of the up to `window` values before it is > 0,
    /// and valueᵢ > factor · m. Consecutive spike points count as one spike. Meant for losses (positive,
    /// lower is better).
    /// - Throws: `EvaluationError` if `factor` ≤ 1 or `window` < 3.
    public func spikes(factor: Double = 2, window: Int = 10) throws -> [LossSpike] {
        guard factor > 1, factor.isFinite else {
            throw EvaluationError(.invalidArgument, "`factor` is \(factor); pass a finite factor > 1 (e.g. 2).")
        }
        guard window >= 3 else {
            throw EvaluationError(.invalidArgument, "`window` is \(window); pass at least 3 points.")
        }
        var spikes: [LossSpike] = []
        var current: LossSpike?
        for i in points.indices where i >= 3 {
            let median = Self.median(Array(values[max(0, i - window)..<i]))
            let value = points[i].value
            if median > 0 && value > factor * median {
                if let open = current {
                    current = LossSpike(
                        step: open.step, peak: max(open.peak, value), runningMedian: open.runningMedian,
                        length: open.length + 1)
                } else {
                    current = LossSpike(step: points[i].step, peak: value, runningMedian: median, length: 1)
                }
            } else if let open = current {
                spikes.append(open)
                current = nil
            }
        }
        if let open = current { spikes.append(open) }
        return spikes
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
