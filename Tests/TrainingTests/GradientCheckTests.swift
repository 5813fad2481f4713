import Foundation
import Tensors
import Testing

@testable import Training

/// Backpropagation of whole models checked by central finite differences of a Double re-implementation of the
/// forward pass and the loss (the Float model's analytic gradient against the Double numeric one).
@Suite struct GradientCheckTests {
    /// The loss of `specs` in Double, with dropout masks taken from the model's last training forward.
    struct Reference {
        var specs: [LayerSpec]
        var masks: [Int: [Double]]
        var loss: any Loss

        func forward(_ input: [[Double]], _ parameters: [String: [Double]]) -> [[Double]] {
            var x = input
            for (index, spec) in specs.enumerated() {
                switch spec {
                case .dense(let inputs, let outputs, let bias):
                    let w = parameters["\(index).weight"]!
                    let b = bias ? parameters["\(index).bias"]! : [Double](repeating: 0, count: outputs)
                    x = x.map { row -> [Double] in
                        var out = b
                        for o in 0..<outputs {
                            for i in 0..<inputs { out[o] += row[i] * w[o * inputs + i] }
                        }
                        return out
                    }
                case .activation(let activation):
                    x = x.map { $0.map { Reference.apply(activation, $0) } }
                case .dropout:
                    if let mask = masks[index] {
                        let n = x.first?.count ?? 0
                        x = x.enumerated().map { r, row in row.enumerated().map { c, v in v * mask[r * n + c] } }
                    }
                case .layerNorm(let n, let eps):
                    let w = parameters["\(index).weight"]!
                    let b = parameters["\(index).bias"]!
                    x = x.map { row in
                        let mean = row.reduce(0, +) / Double(n)
                        let variance = row.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n)
                        return (0..<n).map { (row[$0] - mean) / (variance + eps).squareRoot() * w[$0] + b[$0] }
                    }
                }
            }
            return x
        }

        static func apply(_ activation: Activation, _ x: Double) -> Double {
            switch activation {
            case .identity: return x
            case .relu: return max(0, x)
            case .leakyReLU(let slope): return x > 0 ? x : Double(slope) * x
            case .gelu: return 0.5 * x * (1 + erf(x / 2.0.squareRoot()))
            case .geluTanh: return 0.5 * x * (1 + tanh((2 / Double.pi).squareRoot() * (x + 0.044715 * x * x * x)))
            case .tanh: return tanh(x)
            case .sigmoid: return 1 / (1 + exp(-x))
            }
        }

        /// The loss in Double: cross-entropy for class targets, MSE otherwise.
        func value(_ input: [[Double]], _ parameters: [String: [Double]], targets: [[Double]]) -> Double {
            let out = forward(input, parameters)
            if loss is CrossEntropyLoss {
                let total = zip(out, targets).reduce(0.0) { sum, pair in
                    let m = pair.0.max()!
                    let lse = m + log(pair.0.reduce(0) { $0 + exp($1 - m) })
                    return sum + lse - pair.0[Int(pair.1[0])]
                }
                return total / Double(out.count)
            }
            let diffs = zip(out, targets).flatMap { zip($0.0, $0.1).map { ($0.0 - $0.1) * ($0.0 - $0.1) } }
            return diffs.reduce(0, +) / Double(diffs.count)
        }
    }

    static let activations: [Activation] = [.relu, .leakyReLU(negativeSlope: 0.1), .gelu, .geluTanh, .tanh, .sigmoid]

    func check(_ specs: [LayerSpec], inputs: Int, loss: any Loss, targets: Matrix, mode: ModelMode, seed: UInt64) throws
    {
        var model = try Sequential(inputs: inputs, layers: specs, seed: seed)
        model.mode = mode
        var random = RandomSource(seed: seed + 100)
        let x = Matrix.randomNormal(rows: targets.rows, columns: inputs, using: &random)
        let output = try model.forward(x)
        var gradient = Matrix(rows: 0, columns: 0)
        _ = try loss.evaluate(output: output, targets: targets, gradient: &gradient)
        try model.backward(gradient, computeInputGradient: true)
        var masks: [Int: [Double]] = [:]
        for (i, layer) in model.layers.enumerated() {
            if let dropout = layer as? Dropout, dropout.maskActive { masks[i] = dropout.mask.values.map(Double.init) }
        }
        let reference = Reference(specs: specs, masks: masks, loss: loss)
        var parameters = model.parameterValues.mapValues { $0.map(Double.init) }
        let input = (0..<x.rows).map { r in x.row(r).map(Double.init) }
        let target = (0..<targets.rows).map { r in targets.row(r).map(Double.init) }
        let h = 1e-5
        for p in model.parameters {
            for j in 0..<p.value.count {
                let saved = parameters[p.name]![j]
                parameters[p.name]![j] = saved + h
                let plus = reference.value(input, parameters, targets: target)
                parameters[p.name]![j] = saved - h
                let minus = reference.value(input, parameters, targets: target)
                parameters[p.name]![j] = saved
                let numeric = (plus - minus) / (2 * h)
                let analytic = Double(p.gradient.values[j])
                #expect(
                    abs(analytic - numeric) <= 2e-3 * abs(numeric) + 2e-5, "\(p.name)[\(j)]: \(analytic) vs \(numeric)")
            }
        }
        var shifted = input
        for r in 0..<input.count {
            for c in 0..<inputs {
                shifted[r][c] = input[r][c] + h
                let plus = reference.value(shifted, parameters, targets: target)
                shifted[r][c] = input[r][c] - h
                let minus = reference.value(shifted, parameters, targets: target)
                shifted[r][c] = input[r][c]
                let numeric = (plus - minus) / (2 * h)
                let analytic = Double(model.inputGradient[r, c])
                #expect(
                    abs(analytic - numeric) <= 2e-3 * abs(numeric) + 2e-5, "input[\(r),\(c)]: \(analytic) vs \(numeric)"
                )
            }
        }
    }

    @Test(arguments: activations)
    func mlpWithCrossEntropy(activation: Activation) throws {
        let specs = try ModelSpec(.mlp(hidden: [6, 5], activation: activation, dropout: 0)).layers(
            inputs: 4, outputs: 3)
        let targets = try Matrix(rows: 5, columns: 1, values: [0, 2, 1, 1, 0])
        try check(specs, inputs: 4, loss: try CrossEntropyLoss(), targets: targets, mode: .training, seed: 11)
    }

    @Test func mlpWithLayerNormDropoutAndMeanSquaredError() throws {
        let specs: [LayerSpec] = [
            .dense(inputs: 3, outputs: 6, bias: true), .layerNorm(features: 6, epsilon: 1e-5), .activation(.gelu),
            .dropout(probability: 0.3), .dense(inputs: 6, outputs: 2, bias: false),
        ]
        var random = RandomSource(seed: 4)
        let targets = Matrix.randomNormal(rows: 4, columns: 2, using: &random)
        try check(specs, inputs: 3, loss: MeanSquaredErrorLoss(), targets: targets, mode: .training, seed: 12)
    }

    @Test func batchOfOne() throws {
        let specs = try ModelSpec(.mlp(hidden: [4], activation: .tanh, dropout: 0)).layers(inputs: 2, outputs: 3)
        try check(specs, inputs: 2, loss: try CrossEntropyLoss(), targets: try Matrix([[2]]), mode: .training, seed: 13)
    }
}
