/// A learning-rate schedule: the rate as a pure function of the step.
///
/// Step convention: `rate(at: t)` is the rate used for update `t + 1`, which equals PyTorch's
/// `get_last_lr()` after `t` calls of `scheduler.step()`. Families that count differently in their
/// source library (optax, Keras, timm, Hugging Face) follow their own library's counting and say so.
///
/// A schedule holds no hidden state: resuming a run needs only the step counter.
public protocol Schedule: Sendable {
    /// The rate for update `step + 1`. Steps below zero are treated as step zero.
    func rate(at step: Int) -> Double

    /// What lint needs to know about the schedule's intended horizon and warmup.
    var facts: ScheduleFacts { get }

    /// The rates for steps `0..<steps`; a schedule may compute a whole curve faster than step by step,
    /// but must return exactly `rate(at:)` for every step.
    func rates(steps: Int) -> [Double]
}

extension Schedule {
    public var facts: ScheduleFacts { ScheduleFacts() }

    /// The rates for steps `0..<steps`.
    /// - Complexity: O(steps) calls of `rate(at:)`.
    public func rates(steps: Int) -> [Double] {
        guard steps > 0 else { return [] }
        return (0..<steps).map { rate(at: $0) }
    }
}

/// Facts about a schedule that lint checks a run length against.
public struct ScheduleFacts: Sendable, Equatable {
    /// Steps of warmup at the start, when the schedule has a warmup.
    public var warmupSteps: Int?
    /// The number of steps the schedule was designed for, when it has one.
    public var totalSteps: Int?
    /// Whether stepping past `totalSteps` is an error in the source library (PyTorch's `OneCycleLR`).
    public var failsPastTotal: Bool
    /// Pairs of named bounds that must be ordered: `(lowName, low, highName, high)`.
    public var bounds: [RateBounds]

    /// Creates facts; every field is optional.
    public init(
        warmupSteps: Int? = nil, totalSteps: Int? = nil, failsPastTotal: Bool = false, bounds: [RateBounds] = []
    ) {
        self.warmupSteps = warmupSteps
        self.totalSteps = totalSteps
        self.failsPastTotal = failsPastTotal
        self.bounds = bounds
    }
}

/// A low and a high rate that a schedule moves between, named as in its spec.
public struct RateBounds: Sendable, Equatable {
    /// The spec field holding the lower rate, e.g. `eta_min`.
    public var lowName: String
    /// The lower rate.
    public var low: Double
    /// The spec field holding the upper rate, e.g. `lr`.
    public var highName: String
    /// The upper rate.
    public var high: Double

    /// Creates a named pair of bounds.
    public init(lowName: String, low: Double, highName: String, high: Double) {
        self.lowName = lowName
        self.low = low
        self.highName = highName
        self.high = high
    }
}
