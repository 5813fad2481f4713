/// PyTorch `LinearLR`: the factor moves linearly from `startFactor` to `endFactor` over `totalIters` steps.
public struct LinearFactor: Schedule, Equatable {
    /// Base rate.
    public var lr: Double
    /// Factor at step 0.
    public var startFactor: Double
    /// Factor from `totalIters` on.
    public var endFactor: Double
    /// Steps of the ramp.
    public var totalIters: Int

    /// Creates a linear-factor schedule with PyTorch's defaults.
    public init(lr: Double, startFactor: Double = 1.0 / 3.0, endFactor: Double = 1.0, totalIters: Int = 5) {
        self.lr = lr
        self.startFactor = startFactor
        self.endFactor = endFactor
        self.totalIters = totalIters
    }

    public func rate(at step: Int) -> Double {
        // torch's step() never moves past start_factor when total_iters is 0 (its closed form divides by zero).
        guard totalIters > 0 else { return lr * startFactor }
        let done = Double(min(max(step, 0), totalIters))
        return lr * (startFactor + (endFactor - startFactor) * done / Double(totalIters))
    }

    public var facts: ScheduleFacts { ScheduleFacts(warmupSteps: startFactor < endFactor ? totalIters : nil) }
}
