import Foundation

/// PyTorch `MultiStepLR`: the rate decays by `gamma` at each milestone (a repeated milestone decays twice).
public struct MultiStepDecay: Schedule, Equatable {
    /// Initial rate.
    public var lr: Double
    /// Steps at which the rate decays, sorted.
    public let milestones: [Int]
    /// Multiplicative decay.
    public var gamma: Double

    /// Creates a multi-step decay; milestones are sorted.
    public init(lr: Double, milestones: [Int], gamma: Double = 0.1) {
        self.lr = lr
        self.milestones = milestones.sorted()
        self.gamma = gamma
    }

    public func rate(at step: Int) -> Double {
        let step = max(step, 0)
        let passed = milestones.count(where: { $0 <= step })
        return lr * pow(gamma, Double(passed))
    }
}
