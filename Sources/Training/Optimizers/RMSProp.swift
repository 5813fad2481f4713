import Tensors

/// RMSProp with torch's update rule (`torch.optim.RMSprop`): `g ← g + wd·p`; `s ← α·s + (1 − α)·g²`;
/// centered: `ḡ ← lerp(ḡ, g, 1 − α)`, `d ← √(s − ḡ²) + eps`, else `d ← √s + eps`;
/// with momentum `b ← μ·b + g/d`, `p ← p − lr·b`, else `p ← p − lr·g/d`.
public struct RMSProp: Optimizer {
    public var hyperparameters: OptimizerHyperparameters
    public var groups: [ParameterGroup]
    public private(set) var stepCount = 0
    var squareAverages: [Matrix?] = []
    var gradientAverages: [Matrix?] = []
    var momentumBuffers: [Matrix?] = []

    /// Creates the optimizer; `hyperparameters` defaults to torch's (`alpha=0.99`, `eps=1e-8`).
    public init(hyperparameters: OptimizerHyperparameters = .defaults(for: .rmsprop), groups: [ParameterGroup] = []) {
        self.hyperparameters = hyperparameters
        self.groups = groups
    }

    public var kind: OptimizerKind { .rmsprop }

    public mutating func step(_ parameters: inout [Parameter], learningRate: Double) throws {
        let h = hyperparameters
        try OptimizerChecks.learningRate(learningRate)
        try OptimizerChecks.range("alpha", h.alpha, 0...1)
        try OptimizerChecks.nonNegative("eps", h.epsilon)
        try OptimizerChecks.nonNegative("momentum", h.momentum)
        try OptimizerChecks.nonNegative("weight_decay", h.weightDecay)
        let assignment = try GroupAssignment(
            groups: groups, parameters: parameters, weightDecay: h.weightDecay)
        try OptimizerChecks.prepare(&squareAverages, for: parameters, name: "square_avg")
        if h.centered { try OptimizerChecks.prepare(&gradientAverages, for: parameters, name: "grad_avg") }
        if h.momentum > 0 { try OptimizerChecks.prepare(&momentumBuffers, for: parameters, name: "momentum_buffer") }
        let (alpha, alphaComplement, eps, momentum) = (
            Float(h.alpha), Float(1 - h.alpha), Float(h.epsilon), Float(h.momentum)
        )
        let (centered, useMomentum) = (h.centered, h.momentum > 0)
        for i in parameters.indices {
            let group = assignment.groupOfParameter[i]
            let lr = Float(learningRate * assignment.multipliers[group])
            let decay = Float(assignment.weightDecays[group])
            let (rows, columns) = (parameters[i].value.rows, parameters[i].value.columns)
            let empty = Matrix(rows: 0, columns: 0)
            var s = squareAverages[i] ?? Matrix(rows: rows, columns: columns)
            var gAvg = centered ? (gradientAverages[i] ?? Matrix(rows: rows, columns: columns)) : empty
            var b = useMomentum ? (momentumBuffers[i] ?? Matrix(rows: rows, columns: columns)) : empty
            squareAverages[i] = nil
            if centered { gradientAverages[i] = nil }
            if useMomentum { momentumBuffers[i] = nil }
            parameters[i].gradient.withUnsafeBufferPointer { grad in
                parameters[i].value.withUnsafeMutableBufferPointer { p in
                    s.withUnsafeMutableBufferPointer { s in
                        gAvg.withUnsafeMutableBufferPointer { gAvg in
                            b.withUnsafeMutableBufferPointer { b in
                                for j in 0..<p.count {
                                    var g = grad[j]
                                    if decay != 0 { g = g + decay * p[j] }
                                    s[j] = s[j] * alpha + alphaComplement * g * g
                                    var avg: Float
                                    if centered {
                                        gAvg[j] = Adam.lerp(gAvg[j], g, alphaComplement)
                                        avg = (s[j] + -1 * gAvg[j] * gAvg[j]).squareRoot()
                                    } else {
                                        avg = s[j].squareRoot()
                                    }
                                    avg = avg + eps
                                    if useMomentum {
                                        b[j] = b[j] * momentum + g / avg
                                        p[j] = p[j] + -lr * b[j]
                                    } else {
                                        p[j] = p[j] + -lr * (g / avg)
                                    }
                                }
                            }
                        }
                    }
                }
            }
            squareAverages[i] = s
            if centered { gradientAverages[i] = gAvg }
            if useMomentum { momentumBuffers[i] = b }
        }
        stepCount += 1
    }

    public var state: OptimizerState {
        var buffers: [String: [Matrix?]] = ["square_avg": squareAverages]
        if !gradientAverages.isEmpty { buffers["grad_avg"] = gradientAverages }
        if !momentumBuffers.isEmpty { buffers["momentum_buffer"] = momentumBuffers }
        return OptimizerState(
            kind: kind, hyperparameters: hyperparameters, groups: groups, stepCount: stepCount, buffers: buffers)
    }

    public mutating func restore(_ state: OptimizerState) throws {
        try OptimizerChecks.kind(state, is: kind)
        hyperparameters = state.hyperparameters
        groups = state.groups
        stepCount = state.stepCount
        squareAverages = state.buffers["square_avg"] ?? []
        gradientAverages = state.buffers["grad_avg"] ?? []
        momentumBuffers = state.buffers["momentum_buffer"] ?? []
    }
}
