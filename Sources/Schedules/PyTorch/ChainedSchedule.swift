/// PyTorch `ChainedScheduler`: the product of each child's multiplicative factor, applied to `lr`.
///
/// Each child's factor at step `t` is its rate divided by its own base rate,
/// so children must be multiplicative (step, multi_step, constant, linear, exponential, polynomial).
public struct ChainedSchedule: Schedule {
    /// Base rate.
    public let lr: Double
    /// The multiplicative children, in order.
    public let schedules: [any Schedule]
    /// `1 / base` of each child, so a step costs one multiplication per child.
    let inverseBases: [Double]

    /// Creates a chain; each child's factor is its rate divided by `base`.
    public init(lr: Double, children: [(schedule: any Schedule, base: Double)]) {
        self.lr = lr
        self.schedules = children.map(\.schedule)
        self.inverseBases = children.map { 1 / $0.base }
    }

    /// The children and their base rates.
    public var children: [(schedule: any Schedule, base: Double)] {
        zip(schedules, inverseBases).map { ($0, 1 / $1) }
    }

    public func rate(at step: Int) -> Double {
        var rate = lr
        schedules.withUnsafeBufferPointer { schedules in
            inverseBases.withUnsafeBufferPointer { inverses in
                for index in schedules.indices { rate *= schedules[index].rate(at: step) * inverses[index] }
            }
        }
        return rate
    }

    /// The product of the children's own curves, in the same order of operations as `rate(at:)`.
    public func rates(steps: Int) -> [Double] {
        var out = [Double](repeating: lr, count: max(steps, 0))
        for (schedule, inverse) in zip(schedules, inverseBases) {
            let curve = schedule.rates(steps: steps)
            for t in out.indices { out[t] *= curve[t] * inverse }
        }
        return out
    }

    public var facts: ScheduleFacts {
        let warmups = schedules.compactMap(\.facts.warmupSteps)
        let totals = schedules.compactMap(\.facts.totalSteps)
        return ScheduleFacts(warmupSteps: warmups.max(), totalSteps: totals.max())
    }
}
