/// How one schedule's seeds reached a ``ComparisonTarget``: how many did, and the steps and cost it took them
/// (over the seeds that reached it).
public struct TargetReach: Sendable, Codable, Equatable {
    /// Seeds that reached the target.
    public let reached: Int
    /// Seeds that finished.
    public let of: Int
    /// Steps to the first validation that reached it.
    public let steps: Estimate?
    /// Wall-clock seconds until then.
    public let wallSeconds: Estimate?
    /// CPU seconds until then.
    public let cpuSeconds: Estimate?
    /// Training samples until then.
    public let samples: Estimate?
    /// Money until then (CPU core-hours × the price), when the leaderboard was given a price.
    public let money: Estimate?

    /// Creates a summary from the per-seed values of the seeds that reached the target.
    public init(
        reached: Int, of: Int, steps: Estimate?, wallSeconds: Estimate?, cpuSeconds: Estimate?, samples: Estimate?,
        money: Estimate? = nil
    ) {
        self.reached = reached
        self.of = of
        self.steps = steps
        self.wallSeconds = wallSeconds
        self.cpuSeconds = cpuSeconds
        self.samples = samples
        self.money = money
    }
}
