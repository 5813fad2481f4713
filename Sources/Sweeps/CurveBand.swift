import Evaluation

/// One curve summarised over seeds: at each step, the mean and a Student-t confidence interval of the values the
/// seeds logged there (the interval collapses to the mean where only one seed has a finite value).
public struct CurveBand: Sendable, Codable, Equatable {
    /// The steps, increasing.
    public let steps: [Int]
    /// The mean over seeds at each step.
    public let mean: [Double]
    /// The interval's lower end at each step.
    public let lower: [Double]
    /// The interval's upper end at each step.
    public let upper: [Double]
    /// How many seeds had a finite value at each step.
    public let counts: [Int]

    /// Summarises curves of several seeds; steps where no seed has a finite value are left out.
    /// - Parameters:
    ///   - curves: one curve per seed.
    ///   - confidenceLevel: the interval's coverage, in (0, 1).
    public init(curves: [[MetricPoint]], confidenceLevel: Double = 0.95) {
        var byStep: [Int: [Double]] = [:]
        for curve in curves {
            for point in curve where point.value.isFinite { byStep[point.step, default: []].append(point.value) }
        }
        var steps: [Int] = [], mean: [Double] = [], lower: [Double] = [], upper: [Double] = [], counts: [Int] = []
        for step in byStep.keys.sorted() {
            let values = byStep[step] ?? []
            let average = values.reduce(0, +) / Double(values.count)
            let summary = values.count >= 2 ? try? SeedSummary(values: values, confidenceLevel: confidenceLevel) : nil
            steps.append(step)
            mean.append(summary?.mean ?? average)
            lower.append(summary?.lower ?? average)
            upper.append(summary?.upper ?? average)
            counts.append(values.count)
        }
        self.steps = steps
        self.mean = mean
        self.lower = lower
        self.upper = upper
        self.counts = counts
    }
}
