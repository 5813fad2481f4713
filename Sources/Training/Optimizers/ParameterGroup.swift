/// A set of parameters with its own learning-rate multiplier and optional weight decay, as a torch param group
/// (e.g. a lower rate for earlier layers). Parameters in no group use multiplier 1 and the optimizer's decay.
public struct ParameterGroup: Sendable, Hashable, Codable {
    /// Indices into the model's `parameters` list (see `Sequential.parameterIndices(ofLayer:)`).
    public var parameterIndices: [Int]
    /// The group's rate is `learningRate × learningRateMultiplier`.
    public var learningRateMultiplier: Double
    /// Overrides the optimizer's `weightDecay` for this group when set.
    public var weightDecay: Double?

    /// Creates a group.
    public init(parameterIndices: [Int], learningRateMultiplier: Double = 1, weightDecay: Double? = nil) {
        self.parameterIndices = parameterIndices
        self.learningRateMultiplier = learningRateMultiplier
        self.weightDecay = weightDecay
    }
}
