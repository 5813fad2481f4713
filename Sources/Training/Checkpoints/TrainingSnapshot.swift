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

    /// Takes the snapshot again, copying into the storage this snapshot already owns when the shapes are unchanged.
    ///
    /// A fresh snapshot shares its matrices with the model, so the next update copies each of them (new pages,
    /// faulted in and zeroed by the system); retaking one every few steps this way copies values and allocates
    /// nothing.
    public mutating func retake(step: Int, model: Sequential, optimizer: any Optimizer) {
        self.step = step
        let values = model.parameters.map(\.value)
        if parameters.count == values.count {
            for i in values.indices { parameters[i].assign(values[i]) }
        } else {
            parameters = values
        }
        modelRandom = model.random
        let state = optimizer.state
        var previous: [String: [Matrix?]] = [:]
        swap(&previous, &self.optimizer.buffers)
        var buffers: [String: [Matrix?]] = [:]
        for (name, fresh) in state.buffers {
            var kept = previous.removeValue(forKey: name) ?? []
            if kept.count == fresh.count {
                for i in fresh.indices {
                    if let value = fresh[i], kept[i] != nil { kept[i]!.assign(value) } else { kept[i] = fresh[i] }
                }
            } else {
                kept = fresh
            }
            buffers[name] = kept
        }
        self.optimizer = state
        self.optimizer.buffers = buffers
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
