/// PyTorch `ChainedScheduler`: the product of each child's multiplicative factor, applied to `lr`.
///
/// Each child's factor at step `t` is its rate divided by its own base rate,
/// so children must be multiplicative (step, multi_step, constant, linear, exponential, polynomial).
public struct ChainedSchedule: Schedule {
    /// Base rate.
    public let lr: Double
    /// The multiplicative children and their base rates.
    public let children: [(schedule: any Schedule, base: Double)]

    /// Creates a chain; each child's factor is its rate divided by `base`.
    public init(lr: Double, children: [(schedule: any Schedule, base: Double)]) {
        self.lr = lr
        self.children = children
    }

    public func rate(at step: Int) -> Double {
        var rate = lr
        for child in children { rate *= child.schedule.rate(at: step) / child.base }
        return rate
    }

    public var facts: ScheduleFacts {
        let warmups = children.compactMap(\.schedule.facts.warmupSteps)
        let totals = children.compactMap(\.schedule.facts.totalSteps)
        return ScheduleFacts(warmupSteps: warmups.max(), totalSteps: totals.max())
    }
}
