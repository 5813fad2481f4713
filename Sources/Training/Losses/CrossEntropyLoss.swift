import Tensors

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Cross-entropy from logits with class-index targets, torch's `nn.CrossEntropyLoss(weight, label_smoothing)`.
///
/// With class weights `w` and smoothing `ε` over `C` classes the loss is torch's
/// `(1 − ε) · Σᵢ w[yᵢ]·(−log pᵢ[yᵢ]) / W + (ε / C) · Σᵢ Σ_c w[c]·(−log pᵢ[c]) / W` with `W = Σᵢ w[yᵢ]`
/// (the weighted mean; `W = batch` without weights).
public struct CrossEntropyLoss: Loss {
    /// Per-class weights (`weight=` in torch), or `nil` for all ones.
    public let classWeights: [Float]?
    /// Label smoothing `ε` in `[0, 1]`.
    public let labelSmoothing: Double

    /// Creates the loss.
    /// - Throws: `TrainingError.Code.invalidValue` when `labelSmoothing` is outside `[0, 1]` or a weight is negative
    ///   or not finite.
    public init(classWeights: [Float]? = nil, labelSmoothing: Double = 0) throws {
        guard labelSmoothing >= 0, labelSmoothing <= 1 else {
            throw TrainingError.invalid("label_smoothing", labelSmoothing, allowed: "in [0, 1]")
        }
        if let weights = classWeights, let bad = weights.first(where: { !($0 >= 0) || !$0.isFinite }) {
            throw TrainingError.invalid("class weight", bad, allowed: "finite and non-negative")
        }
        self.classWeights = classWeights
        self.labelSmoothing = labelSmoothing
        self.weightValues = classWeights?.map(Double.init) ?? []
    }

    /// `classWeights` in Double (empty without weights), kept so a step does not allocate.
    private let weightValues: [Double]

    public var name: String { "cross_entropy" }

    public func evaluate(output: Matrix, targets: Matrix, gradient: inout Matrix) throws -> Double {
        let (batch, classes) = (output.rows, output.columns)
        guard batch > 0 else { throw TrainingError(.invalidValue, "cross_entropy: the batch is empty") }
        guard classes >= 2 else {
            throw TrainingError(
                .shapeMismatch,
                "cross_entropy needs at least 2 classes but the output has \(classes) column(s); "
                    + "a one-class problem has nothing to learn (for binary use bce_with_logits with 1 output)")
        }
        guard targets.count == batch else {
            throw TrainingError(
                .shapeMismatch,
                "cross_entropy: \(targets.count) targets for \(batch) samples; give one class index "
                    + "per row (a \(batch)×1 matrix)")
        }
        if let weights = classWeights, weights.count != classes {
            throw TrainingError(
                .shapeMismatch, "cross_entropy: \(weights.count) class weights for \(classes) classes; give one each")
        }
        try checkClassIndices(targets, classes: classes)
        gradient.resize(rows: batch, columns: classes)
        let eps = labelSmoothing
        let weighted = !weightValues.isEmpty
        let weightSum = weighted ? weightValues.reduce(0, +) : Double(classes)
        var nll = 0.0
        var smooth = 0.0
        var totalWeight = 0.0
        weightValues.withUnsafeBufferPointer { w in
            targets.withUnsafeBufferPointer { t in
                for r in 0..<batch { totalWeight += weighted ? w[Int(t[r])] : 1 }
            }
            let weights = { (c: Int) -> Double in weighted ? w[c] : 1 }
            output.withUnsafeBufferPointer { z in
                targets.withUnsafeBufferPointer { t in
                    gradient.withUnsafeMutableBufferPointer { g in
                        for r in 0..<batch {
                            let row = r * classes
                            var m = -Double.infinity
                            for c in 0..<classes { m = Swift.max(m, Double(z[row + c])) }
                            if m.isNaN || m == -.infinity { m = 0 }
                            var sum = 0.0
                            for c in 0..<classes { sum += exp(Double(z[row + c]) - m) }
                            let lse = m + log(sum)
                            let y = Int(t[r])
                            nll += weights(y) * (lse - Double(z[row + y]))
                            if eps > 0 {
                                for c in 0..<classes { smooth += weights(c) * (lse - Double(z[row + c])) }
                            }
                            // d/dz of −log p_c is p − e_c.
                            for c in 0..<classes {
                                let p = exp(Double(z[row + c]) - lse)
                                var d = (1 - eps) * weights(y) * (c == y ? p - 1 : p)
                                if eps > 0 { d += eps / Double(classes) * (weightSum * p - weights(c)) }
                                g[row + c] = Float(d / totalWeight)
                            }
                        }
                    }
                }
            }
        }
        return (1 - eps) * nll / totalWeight + eps / Double(classes) * smooth / totalWeight
    }

    /// Checks every target is an integer class index in `0..<classes`.
    private func checkClassIndices(_ targets: Matrix, classes: Int) throws {
        let bad = targets.withUnsafeBufferPointer { t in
            t.firstIndex { !($0.isFinite && $0 == $0.rounded() && $0 >= 0 && $0 < Float(classes)) }
        }
        if let row = bad {
            throw TrainingError(
                .invalidTarget,
                "cross_entropy: target \(targets.values[row]) in row \(row) is not a class index in "
                    + "0..<\(classes); encode labels as integers 0...\(classes - 1)")
        }
    }
}

extension CrossEntropyLoss {
    /// The mean loss for integer class labels; writes dLoss/dLogits into `gradient`.
    public func evaluate(output: Matrix, classes labels: [Int], gradient: inout Matrix) throws -> Double {
        let targets = try Matrix(rows: labels.count, columns: 1, values: labels.map { Float($0) })
        return try evaluate(output: output, targets: targets, gradient: &gradient)
    }
}
