/// A warmup in front of any schedule: the rate ramps from `startFactor · target` up to the schedule's first rate.
public struct Warmup: Schedule {
    /// The schedule after warmup.
    public let schedule: any Schedule
    /// Steps of warmup.
    public let steps: Int
    /// The warmup curve.
    public let shape: WarmupShape
    /// Fraction of the target rate at step 0.
    public let startFactor: Double
    /// Whether warmup counts inside the wrapped schedule or before it.
    public let counting: WarmupCounting

    /// Wraps `schedule` with a warmup of `steps` steps.
    public init(
        _ schedule: any Schedule, steps: Int, shape: WarmupShape = .linear, startFactor: Double = 0,
        counting: WarmupCounting = .before
    ) {
        self.schedule = schedule
        self.steps = steps
        self.shape = shape
        self.startFactor = startFactor
        self.counting = counting
    }

    public func rate(at step: Int) -> Double {
        if step < steps { return schedule.rate(at: 0) * shape.factor(at: step, of: steps, startFactor: startFactor) }
        return schedule.rate(at: counting == .before ? step - steps : step)
    }

    public var facts: ScheduleFacts {
        var facts = schedule.facts
        facts.warmupSteps = steps
        if counting == .before, let total = facts.totalSteps { facts.totalSteps = total + steps }
        return facts
    }
}
