import Foundation

/// PyTorch `ExponentialLR`: the rate is multiplied by `gamma` every step.
public struct ExponentialDecay: Schedule, Equatable {
    /// Initial rate.
    public var lr: Double
    /// Per-step decay.
    public var gamma: Double

    /// Creates an exponential decay.
    public init(lr: Double, gamma: Double) {
        self.lr = lr
        self.gamma = gamma
    }

    public func rate(at step: Int) -> Double {
        lr * pow(gamma, Double(max(step, 0)))
    }
}
