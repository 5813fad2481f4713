/// PyTorch `ConstantLR`: the rate is scaled by `factor` until `totalIters`, then returns to `lr`.
public struct ConstantFactor: Schedule, Equatable {
    /// Base rate.
    public var lr: Double
    /// Factor applied before `totalIters`.
    public var factor: Double
    /// Steps the factor lasts.
    public var totalIters: Int

    /// Creates a constant-factor schedule with PyTorch's defaults.
    public init(lr: Double, factor: Double = 1.0 / 3.0, totalIters: Int = 5) {
        self.lr = lr
        self.factor = factor
        self.totalIters = totalIters
    }

    public func rate(at step: Int) -> Double {
        // torch's step() undoes the factor only when t == total_iters, so total_iters 0 keeps it forever.
        step < totalIters || totalIters <= 0 ? lr * factor : lr
    }

    public var facts: ScheduleFacts { ScheduleFacts(warmupSteps: factor < 1 ? totalIters : nil) }
}
