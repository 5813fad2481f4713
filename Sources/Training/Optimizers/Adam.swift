import Tensors

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Adam and AdamW with torch's update rule (`torch.optim.Adam`, `torch.optim.AdamW`):
/// L2 decay `g ← g + wd·p` (Adam) or decoupled `p ← p·(1 − lr·wd)` (AdamW); `m ← lerp(m, g, 1 − β₁)`;
/// `v ← β₂·v + (1 − β₂)·g²`; `v̂max ← max(v̂max, v)` with AMSGrad;
/// `p ← p − lr/(1 − β₁ᵗ) · m / (√v / √(1 − β₂ᵗ) + eps)`.
public struct Adam: Optimizer {
    public var hyperparameters: OptimizerHyperparameters
    public var groups: [ParameterGroup]
    public private(set) var stepCount = 0
    /// `true` for AdamW's decoupled weight decay.
    public let decoupledWeightDecay: Bool
    var expAvg: [Matrix?] = []
    var expAvgSq: [Matrix?] = []
    var maxExpAvgSq: [Matrix?] = []

    /// Creates Adam, or AdamW when `decoupledWeightDecay`; `hyperparameters` defaults to torch's for that class.
    public init(
        hyperparameters: OptimizerHyperparameters? = nil, groups: [ParameterGroup] = [],
        decoupledWeightDecay: Bool = false
    ) {
        self.decoupledWeightDecay = decoupledWeightDecay
        self.hyperparameters = hyperparameters ?? .defaults(for: decoupledWeightDecay ? .adamw : .adam)
        self.groups = groups
    }

    public var kind: OptimizerKind { decoupledWeightDecay ? .adamw : .adam }

    public mutating func step(_ parameters: inout [Parameter], learningRate: Double) throws {
        let h = hyperparameters
        try OptimizerChecks.learningRate(learningRate)
        try OptimizerChecks.below("betas[0]", h.beta1, lower: 0, upper: 1)
        try OptimizerChecks.below("betas[1]", h.beta2, lower: 0, upper: 1)
        try OptimizerChecks.nonNegative("eps", h.epsilon)
        try OptimizerChecks.nonNegative("weight_decay", h.weightDecay)
        let assignment = try GroupAssignment(
            groups: groups, parameters: parameters, weightDecay: h.weightDecay)
        try OptimizerChecks.prepare(&expAvg, for: parameters, name: "exp_avg")
        try OptimizerChecks.prepare(&expAvgSq, for: parameters, name: "exp_avg_sq")
        if h.amsgrad { try OptimizerChecks.prepare(&maxExpAvgSq, for: parameters, name: "max_exp_avg_sq") }
        let t = Double(stepCount + 1)
        let biasCorrection1 = 1 - pow(h.beta1, t)
        let biasCorrection2Sqrt = (1 - pow(h.beta2, t)).squareRoot()
        let (beta1Weight, beta2, eps) = (Float(1 - h.beta1), Float(h.beta2), Float(h.epsilon))
        let beta2Complement = Float(1 - h.beta2)
        let correction2 = Float(biasCorrection2Sqrt)
        for i in parameters.indices {
            let group = assignment.groupOfParameter[i]
            let lr = learningRate * assignment.multipliers[group]
            let decay = assignment.weightDecays[group]
            let stepSize = Float(lr / biasCorrection1)
            let shrink = Float(1 - lr * decay)
            let (rows, columns) = (parameters[i].value.rows, parameters[i].value.columns)
            var m = expAvg[i] ?? Matrix(rows: rows, columns: columns)
            var v = expAvgSq[i] ?? Matrix(rows: rows, columns: columns)
            var vMax =
                h.amsgrad ? (maxExpAvgSq[i] ?? Matrix(rows: rows, columns: columns)) : Matrix(rows: 0, columns: 0)
            expAvg[i] = nil
            expAvgSq[i] = nil
            if h.amsgrad { maxExpAvgSq[i] = nil }
            let l2: Float = decay != 0 && !decoupledWeightDecay ? Float(decay) : 0
            let shrinkFirst = decay != 0 && decoupledWeightDecay
            let amsgrad = h.amsgrad
            parameters[i].gradient.withUnsafeBufferPointer { grad in
                parameters[i].value.withUnsafeMutableBufferPointer { p in
                    m.withUnsafeMutableBufferPointer { m in
                        v.withUnsafeMutableBufferPointer { v in
                            vMax.withUnsafeMutableBufferPointer { vMax in
                                // Large tensors are split across threads; each element is updated alone, so the
                                // bits do not depend on the thread count.
                                let minimum = Adam.minimumPerWorker
                                ParallelLoop.forEachChunk(of: p.count, minimumPerWorker: minimum) { r in
                                    let grad = UnsafeBufferPointer(rebasing: grad[r])
                                    let p = UnsafeMutableBufferPointer(rebasing: p[r])
                                    let m = UnsafeMutableBufferPointer(rebasing: m[r])
                                    let v = UnsafeMutableBufferPointer(rebasing: v[r])
                                    if shrinkFirst { for j in 0..<p.count { p[j] = p[j] * shrink } }
                                    if !amsgrad {
                                        Adam.updateFused(
                                            grad: grad, p: p, m: m, v: v, l2: l2, beta1Weight: beta1Weight,
                                            beta2: beta2, beta2Complement: beta2Complement, correction2: correction2,
                                            eps: eps, stepSize: stepSize)
                                        return
                                    }
                                    Adam.updateMoments(
                                        grad: grad, p: p, m: m, v: v, l2: l2, beta1Weight: beta1Weight, beta2: beta2,
                                        beta2Complement: beta2Complement)
                                    let vMax = UnsafeMutableBufferPointer(rebasing: vMax[r])
                                    Adam.applyUpdate(
                                        p: p, m: m, second: Adam.maximum(vMax, v),
                                        correction2: correction2, eps: eps, stepSize: stepSize)
                                }
                            }
                        }
                    }
                }
            }
            expAvg[i] = m
            expAvgSq[i] = v
            if h.amsgrad { maxExpAvgSq[i] = vMax }
        }
        stepCount += 1
    }

    /// Elements per thread below which a tensor's update stays on fewer threads (four streams of memory each).
    static let minimumPerWorker = ParallelLoop.elementwiseMinimumPerWorker / 4

    /// torch's `lerp` kernel: `a + w·(b − a)` for `w < 0.5`, else `b − (b − a)·(1 − w)`.
    @inline(__always)
    static func lerp(_ a: Float, _ b: Float, _ w: Float) -> Float {
        w < 0.5 ? a + w * (b - a) : b - (b - a) * (1 - w)
    }

    public var state: OptimizerState {
        var buffers: [String: [Matrix?]] = ["exp_avg": expAvg, "exp_avg_sq": expAvgSq]
        if !maxExpAvgSq.isEmpty { buffers["max_exp_avg_sq"] = maxExpAvgSq }
        return OptimizerState(
            kind: kind, hyperparameters: hyperparameters, groups: groups, stepCount: stepCount, buffers: buffers)
    }

    public mutating func restore(_ state: OptimizerState) throws {
        try OptimizerChecks.kind(state, is: kind)
        hyperparameters = state.hyperparameters
        groups = state.groups
        stepCount = state.stepCount
        expAvg = state.buffers["exp_avg"] ?? []
        expAvgSq = state.buffers["exp_avg_sq"] ?? []
        maxExpAvgSq = state.buffers["max_exp_avg_sq"] ?? []
    }
}
