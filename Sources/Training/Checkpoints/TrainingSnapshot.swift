import Tensors

/// The state the divergence guard rolls back to: the weights, the dropout stream and the optimizer state.
public struct TrainingSnapshot: Sendable {
    /// Updates completed when the snapshot was taken.
    public var step: Int
    /// Parameter values in the model's order.
    public var parameters: [Matrix]
    /// The model's dropout stream.
    public var modelRandom: RandomSource
    /// The optimizer's state.
    public var optimizer: OptimizerState

    /// Takes a snapshot of a model and an optimizer.
    public init(step: Int, model: Sequential, optimizer: any Optimizer) {
        self.step = step
        self.parameters = model.parameters.map(\.value)
        self.modelRandom = model.random
        self.optimizer = optimizer.state
    }

    init(step: Int, parameters: [Matrix], modelRandom: RandomSource, optimizer: OptimizerState) {
        self.step = step
        self.parameters = parameters
        self.modelRandom = modelRandom
        self.optimizer = optimizer
    }

    /// Puts the snapshot back into a model and an optimizer (gradients are zeroed).
    /// - Throws: `TrainingError.Code.invalidState` when the model's shapes or the optimizer kind differ.
    public func restore(into model: inout Sequential, optimizer: inout any Optimizer) throws {
        guard parameters.count == model.parameters.count,
            zip(parameters, model.parameters).allSatisfy({ $0.rows == $1.value.rows && $0.columns == $1.value.columns })
        else {
            throw TrainingError(
                .invalidState,
                "the saved weights do not fit this model's architecture; build the model with the "
                    + "architecture the checkpoint was written with")
        }
        for i in parameters.indices {
            model.parameters[i] = Parameter(name: model.parameters[i].name, value: parameters[i])
        }
        model.random = modelRandom
        try optimizer.restore(self.optimizer)
    }
}
