import Foundation

/// PyTorch `StepLR`: the rate decays by `gamma` every `stepSize` steps.
public struct StepDecay: Schedule, Equatable {
    /// Initial rate.
    public var lr: Double
    /// Steps between decays.
    public var stepSize: Int
    /// Multiplicative decay.
    public var gamma: Double

    /// Creates a step decay; `stepSize` must be positive.
    public init(lr: Double, stepSize: Int, gamma: Double = 0.1) {
        self.lr = lr
        self.stepSize = max(stepSize, 1)
        self.gamma = gamma
    }

    public func rate(at step: Int) -> Double {
        lr * pow(gamma, Double(max(step, 0) / stepSize))
    }
}
