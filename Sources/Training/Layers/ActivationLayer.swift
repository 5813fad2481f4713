import Tensors

/// An elementwise activation as a layer: torch's `nn.ReLU`, `nn.LeakyReLU`, `nn.GELU`, `nn.Tanh`, `nn.Sigmoid`.
public struct ActivationLayer: Layer {
    /// The function applied to every element.
    public let activation: Activation

    /// Wraps `activation` as a layer.
    public init(_ activation: Activation) { self.activation = activation }

    /// `nn.ReLU()`.
    public static let relu = ActivationLayer(.relu)
    /// `nn.GELU()` (exact, erf-based).
    public static let gelu = ActivationLayer(.gelu)
    /// `nn.Tanh()`.
    public static let tanh = ActivationLayer(.tanh)
    /// `nn.Sigmoid()`.
    public static let sigmoid = ActivationLayer(.sigmoid)
    /// `nn.LeakyReLU(negative_slope)`, default slope 0.01 as torch.
    public static func leakyReLU(negativeSlope: Float = 0.01) -> ActivationLayer {
        ActivationLayer(.leakyReLU(negativeSlope: negativeSlope))
    }

    public var spec: LayerSpec { .activation(activation) }

    public func outputColumns(forInput columns: Int) throws -> Int { columns }

    public mutating func forward(
        _ input: Matrix, into output: inout Matrix, parameters: [Parameter], offset: Int, context: inout LayerContext
    ) throws {
        guard activation == .relu else {
            activation.forward(input, into: &output)
            return
        }
        output.resize(rows: input.rows, columns: input.columns)
        input.withUnsafeBufferPointer { x in
            output.withUnsafeMutableBufferPointer { y in
                // Each element alone, so the bits do not depend on how the ranges are split.
                ParallelLoop.forEachChunk(of: y.count) { range in
                    Self.relu(
                        UnsafeBufferPointer(rebasing: x[range]), into: UnsafeMutableBufferPointer(rebasing: y[range]))
                }
            }
        }
    }

    /// torch's relu (see `Matrix.rectify`): NaN kept, −0 and below to +0.
    static func relu(_ x: UnsafeBufferPointer<Float>, into y: UnsafeMutableBufferPointer<Float>) {
        guard let xp = x.baseAddress, let yp = y.baseAddress else { return }
        Matrix.rectify(xp, into: yp, count: x.count)
    }

    public mutating func backward(
        input: Matrix, output: Matrix, outputGradient: Matrix, inputGradient: inout Matrix,
        computeInputGradient: Bool, parameters: inout [Parameter], offset: Int, accumulate: Bool
    ) throws {
        guard computeInputGradient else { return }
        do {
            if activation == .relu {
                // torch's threshold_backward on the output: the same mask as `Dense`'s fused input gradient.
                try Matrix.keepWherePositive(outputGradient, mask: output, into: &inputGradient)
            } else {
                try activation.backward(input: input, outputGradient: outputGradient, into: &inputGradient)
            }
        } catch let error as TensorsError {
            throw TrainingError(.shapeMismatch, "\(activation) backward: \(error.message)")
        }
    }
}
