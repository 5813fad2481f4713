import Foundation

/// PyTorch `PolynomialLR`: `lr · (1 − min(t, T)/T)^power`, reaching zero at `totalIters`.
public struct PolynomialDecay: Schedule, Equatable {
    /// Initial rate.
    public var lr: Double
    /// Steps until the rate reaches zero.
    public var totalIters: Int
    /// Exponent of the decay.
    public var power: Double

    /// Creates a polynomial decay with PyTorch's defaults.
    public init(lr: Double, totalIters: Int = 5, power: Double = 1.0) {
        self.lr = lr
        self.totalIters = totalIters
        self.power = power
    }

    public func rate(at step: Int) -> Double {
        // torch's step() leaves the rate at lr when total_iters is 0 (its closed form divides by zero).
        guard totalIters > 0 else { return lr }
        let done = Double(min(max(step, 0), totalIters))
        return lr * pow(1 - done / Double(totalIters), power)
    }

    public var facts: ScheduleFacts { ScheduleFacts(totalSteps: totalIters) }
}
