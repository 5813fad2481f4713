/// Any schedule multiplied by a constant factor (e.g. a per-layer rate multiplier).
public struct ScaledSchedule: Schedule {
    /// The schedule being scaled.
    public let schedule: any Schedule
    /// The multiplier.
    public let factor: Double

    /// Scales `schedule` by `factor`.
    public init(_ schedule: any Schedule, factor: Double) {
        self.schedule = schedule
        self.factor = factor
    }

    public func rate(at step: Int) -> Double { schedule.rate(at: step) * factor }

    /// The scaled schedule's own curve, scaled (identical to `rate(at:)` per step).
    public func rates(steps: Int) -> [Double] { schedule.rates(steps: steps).map { $0 * factor } }

    public var facts: ScheduleFacts { schedule.facts }
}
