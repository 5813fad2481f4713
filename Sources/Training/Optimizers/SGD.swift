import Tensors

/// Stochastic gradient descent with torch's update rule (`torch.optim.SGD`):
/// `g ← g + wd·p`; with momentum `b ← g` at the first step, else `b ← μ·b + (1 − dampening)·g`;
/// `g ← g + μ·b` (Nesterov) or `g ← b`; `p ← p − lr·g`.
public struct SGD: Optimizer {
    public var hyperparameters: OptimizerHyperparameters
    public var groups: [ParameterGroup]
    public private(set) var stepCount = 0
    var momentumBuffers: [Matrix?] = []

    /// Creates the optimizer; `hyperparameters` defaults to torch's (`momentum=0`, no decay).
    public init(hyperparameters: OptimizerHyperparameters = .defaults(for: .sgd), groups: [ParameterGroup] = []) {
        self.hyperparameters = hyperparameters
        self.groups = groups
    }

    public var kind: OptimizerKind { .sgd }

    public mutating func step(_ parameters: inout [Parameter], learningRate: Double) throws {
        let h = hyperparameters
        try OptimizerChecks.learningRate(learningRate)
        try OptimizerChecks.nonNegative("momentum", h.momentum)
        try OptimizerChecks.range("dampening", h.dampening, 0...1)
        try OptimizerChecks.nonNegative("weight_decay", h.weightDecay)
        guard !h.nesterov || (h.momentum > 0 && h.dampening == 0) else {
            throw TrainingError(
                .invalidValue,
                "nesterov=true needs momentum > 0 and dampening = 0 (got momentum=\(h.momentum), "
                    + "dampening=\(h.dampening)); set momentum or turn nesterov off")
        }
        let assignment = try GroupAssignment(
            groups: groups, parameters: parameters, weightDecay: h.weightDecay)
        try OptimizerChecks.prepare(&momentumBuffers, for: parameters, name: "momentum_buffer")
        let momentum = Float(h.momentum)
        let dampening = Float(1 - h.dampening)
        for i in parameters.indices {
            let group = assignment.groupOfParameter[i]
            let lr = Float(learningRate * assignment.multipliers[group])
            let decay = Float(assignment.weightDecays[group])
            let n = parameters[i].value.count
            let first = momentumBuffers[i] == nil
            if momentum != 0 && first {
                momentumBuffers[i] = Matrix(rows: parameters[i].value.rows, columns: parameters[i].value.columns)
            }
            var buffer = momentumBuffers[i] ?? Matrix(rows: 0, columns: 0)
            momentumBuffers[i] = nil  // keep `buffer` uniquely referenced while it is written
            let nesterov = h.nesterov
            let gradient = parameters[i].gradient
            gradient.withUnsafeBufferPointer { grad in
                buffer.withUnsafeMutableBufferPointer { buf in
                    parameters[i].value.withUnsafeMutableBufferPointer { p in
                        for j in 0..<n {
                            var g = grad[j]
                            if decay != 0 { g = g + decay * p[j] }
                            if momentum != 0 {
                                buf[j] = first ? g : momentum * buf[j] + dampening * g
                                g = nesterov ? g + momentum * buf[j] : buf[j]
                            }
                            p[j] = p[j] + -lr * g
                        }
                    }
                }
            }
            momentumBuffers[i] = buffer.isEmpty ? nil : buffer
        }
        stepCount += 1
    }

    public var state: OptimizerState {
        OptimizerState(
            kind: kind, hyperparameters: hyperparameters, groups: groups, stepCount: stepCount,
            buffers: ["momentum_buffer": momentumBuffers])
    }

    public mutating func restore(_ state: OptimizerState) throws {
        try OptimizerChecks.kind(state, is: kind)
        hyperparameters = state.hyperparameters
        groups = state.groups
        stepCount = state.stepCount
        momentumBuffers = state.buffers["momentum_buffer"] ?? []
    }
}
