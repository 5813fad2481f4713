import Foundation

/// A warmup in front of a reactive schedule, such as warmup followed by a plateau cut (PyTorch refuses this).
///
/// During warmup the rate ramps up to the reactive schedule's current rate, and metrics observed during
/// warmup are not passed on: a warming-up model's loss says nothing about a plateau.
public struct ReactiveWarmup: ReactiveSchedule {
    /// The reactive schedule after warmup.
    public private(set) var schedule: any ReactiveSchedule
    /// Steps of warmup.
    public let steps: Int
    /// The warmup curve.
    public let shape: WarmupShape
    /// Fraction of the target rate at step 0.
    public let startFactor: Double

    /// Wraps a reactive `schedule` with a warmup of `steps` steps.
    public init(_ schedule: any ReactiveSchedule, steps: Int, shape: WarmupShape = .linear, startFactor: Double = 0) {
        self.schedule = schedule
        self.steps = steps
        self.shape = shape
        self.startFactor = startFactor
    }

    public func rate(at step: Int) -> Double {
        schedule.rate(at: step) * shape.factor(at: step, of: steps, startFactor: startFactor)
    }

    public mutating func observe(_ metric: Double, at step: Int) {
        guard step >= steps - 1 else { return }
        schedule.observe(metric, at: step)
    }

    public var facts: ScheduleFacts {
        var facts = schedule.facts
        facts.warmupSteps = steps
        return facts
    }

    public func encodedState() throws -> Data { try schedule.encodedState() }

    public mutating func restore(encodedState: Data) throws { try schedule.restore(encodedState: encodedState) }
}
