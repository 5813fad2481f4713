/// The trials of a ``ScheduleComparison`` in grid order, with the per-step seed bands of their curves.
public struct ScheduleComparisonResult: Sendable, Codable {
    /// The schedules' names, in the order they were given.
    public let schedules: [String]
    /// The seeds.
    public let seeds: [UInt64]
    /// Every started trial, in grid order.
    public let trials: [TrialRecord]

    /// Creates a result (normally returned by ``ScheduleComparison/run(_:finished:)``).
    public init(schedules: [String], seeds: [UInt64], trials: [TrialRecord]) {
        self.schedules = schedules
        self.seeds = seeds
        self.trials = trials
    }

    /// The trials of one schedule, in seed order.
    public func trials(of schedule: String) -> [TrialRecord] {
        trials.filter { $0.spec.schedule == schedule }
    }

    /// The failed trials.
    public var failures: [TrialRecord] { trials.filter { $0.failure != nil } }

    /// The mean and confidence interval over seeds of one schedule's curve at each step its finished trials
    /// logged; `nil` when none logged the curve.
    /// - Parameters:
    ///   - key: the curve's name (`val_loss`, `lr`, ...).
    ///   - confidenceLevel: the t-interval's coverage.
    public func band(schedule: String, key: String, confidenceLevel: Double = 0.95) -> CurveBand? {
        let curves = trials(of: schedule).compactMap { $0.outcome?.curves[key] }
        return curves.isEmpty ? nil : CurveBand(curves: curves, confidenceLevel: confidenceLevel)
    }
}
