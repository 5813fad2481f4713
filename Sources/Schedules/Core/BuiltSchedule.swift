/// A schedule built from a spec: either a pure function of the step or a reactive state machine.
public enum BuiltSchedule: Sendable {
    /// A pure schedule; resuming needs only the step.
    case pure(any Schedule)
    /// A reactive schedule; resuming needs its encoded state too.
    case reactive(any ReactiveSchedule)

    /// Whether the schedule needs observed metrics.
    public var isReactive: Bool {
        if case .reactive = self { return true }
        return false
    }

    /// Lint facts of the underlying schedule.
    public var facts: ScheduleFacts {
        switch self {
        case .pure(let schedule): schedule.facts
        case .reactive(let schedule): schedule.facts
        }
    }

    /// The rates for steps `0..<steps`; a reactive schedule observes `metrics[t]` after step `t`.
    ///
    /// The rate at step `t` is the rate after observing metrics `0..<t`, as PyTorch's
    /// `scheduler.step(metric)` after each step. Once `metrics` run out, the rate holds.
    public func rates(steps: Int, metrics: [Double] = []) -> [Double] {
        switch self {
        case .pure(let schedule):
            return schedule.rates(steps: steps)
        case .reactive(var schedule):
            var out: [Double] = []
            out.reserveCapacity(max(steps, 0))
            for step in 0..<max(steps, 0) {
                out.append(schedule.rate(at: step))
                if step < metrics.count { schedule.observe(metrics[step], at: step) }
            }
            return out
        }
    }
}
