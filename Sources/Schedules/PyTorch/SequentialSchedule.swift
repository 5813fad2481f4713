/// PyTorch `SequentialLR` and optax `join_schedules`: child `i` runs from `milestones[i-1]`, counting from 0 there.
public struct SequentialSchedule: Schedule {
    /// The schedules, in order.
    public let schedules: [any Schedule]
    /// The steps at which the next schedule takes over; one fewer than `schedules`.
    public let milestones: [Int]

    /// Creates a sequence; `milestones.count` must be `schedules.count - 1` (checked when built from a spec).
    public init(schedules: [any Schedule], milestones: [Int]) {
        self.schedules = schedules
        self.milestones = milestones
    }

    public func rate(at step: Int) -> Double {
        var index = 0
        while index < milestones.count, milestones[index] <= step { index += 1 }
        let local = index == 0 ? step : step - milestones[index - 1]
        return schedules[min(index, schedules.count - 1)].rate(at: local)
    }

    /// Each child's own curve over its segment, counting from 0 at its milestone (identical to `rate(at:)`).
    public func rates(steps: Int) -> [Double] {
        guard steps > 0 else { return [] }
        var out: [Double] = []
        out.reserveCapacity(steps)
        var start = 0
        for (index, schedule) in schedules.enumerated() where start < steps {
            let end = index < milestones.count ? min(max(milestones[index], start), steps) : steps
            out += schedule.rates(steps: end - start)
            start = end
        }
        while out.count < steps { out.append(rate(at: out.count)) }
        return out
    }

    public var facts: ScheduleFacts {
        var facts = ScheduleFacts(bounds: schedules.flatMap(\.facts.bounds))
        if let first = schedules.first?.facts.warmupSteps, let end = milestones.first {
            facts.warmupSteps = min(first, end)
        } else if let firstEnd = milestones.first, schedules.count > 1,
            schedules[0].rate(at: 0) < schedules[1].rate(at: 0)
        {
            facts.warmupSteps = firstEnd
        }
        if let last = schedules.last?.facts, let total = last.totalSteps {
            facts.totalSteps = total + (milestones.last ?? 0)
            facts.failsPastTotal = last.failsPastTotal
        }
        return facts
    }
}
