import Tensors

/// Updates a model's parameters from their gradients with PyTorch's exact update rules.
///
/// The learning rate is given at every step (from a `Schedule`); everything else a companion schedule may drive
/// lives in `hyperparameters`. State is created lazily at the first step, as torch does, and saved/restored with
/// `state` / `restore(_:)`.
public protocol Optimizer: Sendable {
    /// The algorithm.
    var kind: OptimizerKind { get }
    /// Hyperparameters, settable between steps.
    var hyperparameters: OptimizerHyperparameters { get set }
    /// Parameter groups with their own rate multipliers and weight decay.
    var groups: [ParameterGroup] { get set }
    /// Updates taken so far.
    var stepCount: Int { get }

    /// Applies one update to every parameter from its `gradient`.
    /// - Parameters:
    ///   - parameters: the model's parameters (`&model.parameters`), updated in place.
    ///   - learningRate: the base rate for this update (a group's rate is this times its multiplier).
    /// - Throws: `TrainingError.Code.invalidValue` for an out-of-range hyperparameter or rate,
    ///   `.invalidState` when the parameters do not match the state (another model), `.invalidOrder` for a
    ///   schedule-free step in evaluation mode.
    mutating func step(_ parameters: inout [Parameter], learningRate: Double) throws

    /// Switches between training and evaluation. Schedule-free optimizers swap the parameters between the
    /// gradient point `y` (training) and the averaged point `x` (evaluation); others do nothing.
    mutating func setMode(_ mode: ModelMode, parameters: inout [Parameter])

    /// The state to checkpoint.
    var state: OptimizerState { get }

    /// Restores a checkpointed state.
    /// - Throws: `TrainingError.Code.invalidState` when the state is from another algorithm.
    mutating func restore(_ state: OptimizerState) throws
}

extension Optimizer {
    public mutating func setMode(_ mode: ModelMode, parameters: inout [Parameter]) {}
}
