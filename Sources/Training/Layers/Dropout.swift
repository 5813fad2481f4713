import Tensors

/// Inverted dropout as torch's `nn.Dropout(p)`: in training each element is zeroed with probability `p` and the
/// survivors are scaled by `1 / (1 − p)`; in evaluation the layer is the identity.
///
/// Masks come from the model's seeded `RandomSource`, so a run is reproducible (the stream differs from torch's).
public struct Dropout: Layer {
    /// The probability of zeroing an element.
    public let probability: Double
    /// The scale applied to kept elements in the last training forward (0 where dropped).
    var mask = Matrix(rows: 0, columns: 0)
    /// Whether the last forward was in training mode (backward is then masked).
    var maskActive = false

    /// Creates a dropout layer.
    /// - Throws: `TrainingError.Code.invalidValue` when `probability` is outside `[0, 1]`.
    public init(probability: Double) throws {
        guard probability >= 0, probability <= 1 else {
            throw TrainingError.invalid("dropout", probability, allowed: "in [0, 1]")
        }
        self.probability = probability
    }

    public var spec: LayerSpec { .dropout(probability: probability) }

    public func outputColumns(forInput columns: Int) throws -> Int { columns }

    public mutating func forward(
        _ input: Matrix, into output: inout Matrix, parameters: [Parameter], offset: Int, context: inout LayerContext
    ) throws {
        output.resize(rows: input.rows, columns: input.columns)
        maskActive = context.mode == .training && probability > 0
        guard maskActive else {
            input.withUnsafeBufferPointer { x in
                output.withUnsafeMutableBufferPointer { y in for i in 0..<x.count { y[i] = x[i] } }
            }
            return
        }
        mask.resize(rows: input.rows, columns: input.columns)
        let keep = 1 - probability
        let scale: Float = probability >= 1 ? 0 : Float(1 / keep)
        mask.withUnsafeMutableBufferPointer { m in
            for i in 0..<m.count { m[i] = context.random.uniformDouble() < keep ? scale : 0 }
        }
        input.withUnsafeBufferPointer { x in
            mask.withUnsafeBufferPointer { m in
                output.withUnsafeMutableBufferPointer { y in for i in 0..<x.count { y[i] = x[i] * m[i] } }
            }
        }
    }

    public mutating func backward(
        input: Matrix, output: Matrix, outputGradient: Matrix, inputGradient: inout Matrix,
        computeInputGradient: Bool, parameters: inout [Parameter], offset: Int, accumulate: Bool
    ) throws {
        guard computeInputGradient else { return }
        guard outputGradient.rows == input.rows, outputGradient.columns == input.columns else {
            throw TrainingError(
                .shapeMismatch,
                "Dropout.backward: outputGradient is \(outputGradient.rows)×\(outputGradient.columns)"
                    + " but the input was \(input.rows)×\(input.columns); pass the gradient of this forward's output")
        }
        inputGradient.resize(rows: input.rows, columns: input.columns)
        let active = maskActive
        outputGradient.withUnsafeBufferPointer { g in
            mask.withUnsafeBufferPointer { m in
                inputGradient.withUnsafeMutableBufferPointer { dx in
                    if active {
                        for i in 0..<g.count { dx[i] = g[i] * m[i] }
                    } else {
                        for i in 0..<g.count { dx[i] = g[i] }
                    }
                }
            }
        }
    }
}
