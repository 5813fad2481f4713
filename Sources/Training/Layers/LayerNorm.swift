import Tensors

/// Layer normalisation over each row (the last dimension) with an affine weight and bias, torch's
/// `nn.LayerNorm(features, eps=1e-5, elementwise_affine=True)`: `y = (x − mean) / √(var + eps) · w + b`, with the
/// biased variance. The weight starts at 1 and the bias at 0.
public struct LayerNorm: Layer {
    /// Features per row.
    public let features: Int
    /// Added to the variance before the square root.
    public let epsilon: Double
    /// Per-row `1 / √(var + eps)` and the normalised input `x̂` of the last forward.
    var inverseDeviation: [Float] = []
    var normalized = Matrix(rows: 0, columns: 0)

    /// Creates a layer normalising `features` columns.
    /// - Throws: `TrainingError.Code.invalidValue` when `features < 1` or `epsilon <= 0`.
    public init(features: Int, epsilon: Double = 1e-5) throws {
        guard features >= 1 else { throw TrainingError.invalid("layer_norm.features", features, allowed: "at least 1") }
        guard epsilon > 0, epsilon.isFinite else {
            throw TrainingError.invalid("layer_norm.eps", epsilon, allowed: "a positive finite number (torch: 1e-5)")
        }
        self.features = features
        self.epsilon = epsilon
    }

    public var spec: LayerSpec { .layerNorm(features: features, epsilon: epsilon) }

    public var parameterShapes: [ParameterShape] {
        [
            ParameterShape(name: "weight", rows: 1, columns: features),
            ParameterShape(name: "bias", rows: 1, columns: features),
        ]
    }

    public func outputColumns(forInput columns: Int) throws -> Int {
        guard columns == features else {
            throw TrainingError(
                .shapeMismatch, "LayerNorm(\(features)) got \(columns) columns; give it \(features) features")
        }
        return features
    }

    public func initialParameters(random: inout RandomSource) -> [Matrix] {
        [Matrix(rows: 1, columns: features, repeating: 1), Matrix(rows: 1, columns: features)]
    }

    public mutating func forward(
        _ input: Matrix, into output: inout Matrix, parameters: [Parameter], offset: Int, context: inout LayerContext
    ) throws {
        _ = try outputColumns(forInput: input.columns)
        let (batch, n) = (input.rows, features)
        output.resize(rows: batch, columns: n)
        normalized.resize(rows: batch, columns: n)
        if inverseDeviation.count != batch { inverseDeviation = [Float](repeating: 0, count: batch) }
        let eps = epsilon
        input.withUnsafeBufferPointer { x in
            parameters[offset].value.withUnsafeBufferPointer { w in
                parameters[offset + 1].value.withUnsafeBufferPointer { b in
                    normalized.withUnsafeMutableBufferPointer { xhat in
                        output.withUnsafeMutableBufferPointer { y in
                            inverseDeviation.withUnsafeMutableBufferPointer { rstd in
                                for r in 0..<batch {
                                    let row = r * n
                                    var sum = 0.0
                                    for j in 0..<n { sum += Double(x[row + j]) }
                                    let mean = sum / Double(n)
                                    var squares = 0.0
                                    for j in 0..<n {
                                        let d = Double(x[row + j]) - mean
                                        squares += d * d
                                    }
                                    let inv = 1 / (squares / Double(n) + eps).squareRoot()
                                    rstd[r] = Float(inv)
                                    for j in 0..<n {
                                        let h = Float((Double(x[row + j]) - mean) * inv)
                                        xhat[row + j] = h
                                        y[row + j] = h * w[j] + b[j]
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    public mutating func backward(
        input: Matrix, output: Matrix, outputGradient: Matrix, inputGradient: inout Matrix,
        computeInputGradient: Bool, parameters: inout [Parameter], offset: Int, accumulate: Bool
    ) throws {
        let (batch, n) = (input.rows, features)
        guard outputGradient.rows == batch, outputGradient.columns == n, normalized.rows == batch else {
            throw TrainingError(
                .shapeMismatch,
                "LayerNorm.backward: outputGradient is \(outputGradient.rows)×\(outputGradient.columns)"
                    + " but the last forward was \(normalized.rows)×\(n); call forward on this batch first")
        }
        outputGradient.withUnsafeBufferPointer { g in
            normalized.withUnsafeBufferPointer { xhat in
                parameters[offset].gradient.withUnsafeMutableBufferPointer { dw in
                    if !accumulate { for j in 0..<n { dw[j] = 0 } }
                    for r in 0..<batch { for j in 0..<n { dw[j] += g[r * n + j] * xhat[r * n + j] } }
                }
                parameters[offset + 1].gradient.withUnsafeMutableBufferPointer { db in
                    if !accumulate { for j in 0..<n { db[j] = 0 } }
                    for r in 0..<batch { for j in 0..<n { db[j] += g[r * n + j] } }
                }
            }
        }
        guard computeInputGradient else { return }
        inputGradient.resize(rows: batch, columns: n)
        outputGradient.withUnsafeBufferPointer { g in
            normalized.withUnsafeBufferPointer { xhat in
                parameters[offset].value.withUnsafeBufferPointer { w in
                    inverseDeviation.withUnsafeBufferPointer { rstd in
                        inputGradient.withUnsafeMutableBufferPointer { dx in
                            for r in 0..<batch {
                                let row = r * n
                                var sumD = 0.0
                                var sumDX = 0.0
                                for j in 0..<n {
                                    let d = Double(g[row + j] * w[j])
                                    sumD += d
                                    sumDX += d * Double(xhat[row + j])
                                }
                                let meanD = sumD / Double(n)
                                let meanDX = sumDX / Double(n)
                                for j in 0..<n {
                                    let d = Double(g[row + j] * w[j])
                                    dx[row + j] = Float(Double(rstd[r]) * (d - meanD - Double(xhat[row + j]) * meanDX))
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
