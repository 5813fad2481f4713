import Tensors

/// Adagrad with torch's update rule (`torch.optim.Adagrad`): `g ← g + wd·p`;
/// `clr = lr / (1 + (t − 1)·lr_decay)`; `s ← s + g²` (s starts at `initial_accumulator_value`);
/// `p ← p − clr·g/(√s + eps)`.
public struct Adagrad: Optimizer {
    public var hyperparameters: OptimizerHyperparameters
    public var groups: [ParameterGroup]
    public private(set) var stepCount = 0
    var sums: [Matrix?] = []

    /// Creates the optimizer; `hyperparameters` defaults to torch's (`eps=1e-10`).
    public init(hyperparameters: OptimizerHyperparameters = .defaults(for: .adagrad), groups: [ParameterGroup] = []) {
        self.hyperparameters = hyperparameters
        self.groups = groups
    }

    public var kind: OptimizerKind { .adagrad }

    public mutating func step(_ parameters: inout [Parameter], learningRate: Double) throws {
        let h = hyperparameters
        try OptimizerChecks.learningRate(learningRate)
        try OptimizerChecks.nonNegative("lr_decay", h.learningRateDecay)
        try OptimizerChecks.nonNegative("initial_accumulator_value", h.initialAccumulatorValue)
        try OptimizerChecks.nonNegative("eps", h.epsilon)
        try OptimizerChecks.nonNegative("weight_decay", h.weightDecay)
        let assignment = try GroupAssignment(
            groups: groups, parameters: parameters, weightDecay: h.weightDecay)
        try OptimizerChecks.prepare(&sums, for: parameters, name: "sum")
        let eps = Float(h.epsilon)
        let t = Double(stepCount + 1)
        for i in parameters.indices {
            let group = assignment.groupOfParameter[i]
            let lr = learningRate * assignment.multipliers[group]
            let clr = Float(lr / (1 + (t - 1) * h.learningRateDecay))
            let decay = Float(assignment.weightDecays[group])
            let (rows, columns) = (parameters[i].value.rows, parameters[i].value.columns)
            var s = sums[i] ?? Matrix(rows: rows, columns: columns, repeating: Float(h.initialAccumulatorValue))
            sums[i] = nil
            parameters[i].gradient.withUnsafeBufferPointer { grad in
                parameters[i].value.withUnsafeMutableBufferPointer { p in
                    s.withUnsafeMutableBufferPointer { s in
                        for j in 0..<p.count {
                            var g = grad[j]
                            if decay != 0 { g = g + decay * p[j] }
                            s[j] = s[j] + g * g
                            let std = s[j].squareRoot() + eps
                            p[j] = p[j] + -clr * (g / std)
                        }
                    }
                }
            }
            sums[i] = s
        }
        stepCount += 1
    }

    public var state: OptimizerState {
        OptimizerState(
            kind: kind, hyperparameters: hyperparameters, groups: groups, stepCount: stepCount, buffers: ["sum": sums])
    }

    public mutating func restore(_ state: OptimizerState) throws {
        try OptimizerChecks.kind(state, is: kind)
        hyperparameters = state.hyperparameters
        groups = state.groups
        stepCount = state.stepCount
        sums = state.buffers["sum"] ?? []
    }
}
