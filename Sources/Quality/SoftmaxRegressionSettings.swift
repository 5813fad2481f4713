/// The recipe of the built-in model used for out-of-fold probabilities: multinomial logistic regression trained
/// with Adam on standardised, one-hot encoded features.
public struct SoftmaxRegressionSettings: Codable, Sendable, Equatable {
    /// Passes over each fold's training rows (default 50).
    public var epochs = 50
    /// Examples per update (default 32).
    public var batchSize = 32
    /// Adam's learning rate (default 0.05).
    public var learningRate = 0.05
    /// L2 weight decay (default 1e-4), so separable classes do not push probabilities to exactly 0 and 1.
    public var weightDecay = 1e-4

    /// Default settings.
    public init() {}
}
