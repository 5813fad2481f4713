import Tensors

/// Everything an optimizer needs to resume exactly: `Codable` for checkpoints (torch's `optimizer.state_dict()`).
public struct OptimizerState: Sendable, Hashable, Codable {
    /// Which algorithm saved the state.
    public var kind: OptimizerKind
    /// The hyperparameters at save time.
    public var hyperparameters: OptimizerHyperparameters
    /// The parameter groups.
    public var groups: [ParameterGroup]
    /// Updates taken so far.
    public var stepCount: Int
    /// Training or evaluation (schedule-free optimizers swap the parameters between modes).
    public var mode: ModelMode
    /// Per-parameter tensors by torch's state names (`momentum_buffer`, `exp_avg`, `exp_avg_sq`, ...), one entry
    /// per model parameter (`nil` before the first step).
    public var buffers: [String: [Matrix?]]
    /// Per-group scalars (schedule-free `weight_sum`, `lr_max`), index 0 = the default group, then `groups`.
    public var scalars: [String: [Double]]

    /// Creates a state.
    public init(
        kind: OptimizerKind, hyperparameters: OptimizerHyperparameters, groups: [ParameterGroup], stepCount: Int,
        mode: ModelMode = .training, buffers: [String: [Matrix?]] = [:], scalars: [String: [Double]] = [:]
    ) {
        self.kind = kind
        self.hyperparameters = hyperparameters
        self.groups = groups
        self.stepCount = stepCount
        self.mode = mode
        self.buffers = buffers
        self.scalars = scalars
    }
}
