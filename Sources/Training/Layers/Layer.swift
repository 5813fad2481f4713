import Tensors

/// One stage of a `Sequential` model: a batch in (rows = samples), a batch out.
///
/// Parameters live in the model's flat `parameters` list, not in the layer; the model passes the layer the list and
/// the index of its first parameter (`offset`). Layers keep only per-batch caches (dropout mask, LayerNorm
/// statistics), sized per batch and reused, so a training step does not allocate once the batch size is stable.
public protocol Layer: Sendable {
    /// The architecture of this layer (its `Codable` description).
    var spec: LayerSpec { get }

    /// The parameters this layer owns, in torch's `state_dict` order (`weight` before `bias`).
    var parameterShapes: [ParameterShape] { get }

    /// The number of output columns for `columns` input columns.
    /// - Throws: `TrainingError.Code.shapeMismatch` when the layer cannot take `columns` inputs.
    func outputColumns(forInput columns: Int) throws -> Int

    /// Fresh parameter values with PyTorch's default initialisation, drawn from `random`, one per
    /// `parameterShapes` entry.
    func initialParameters(random: inout RandomSource) -> [Matrix]

    /// Computes the layer's output for a batch.
    /// - Parameters:
    ///   - input: `batch × inputColumns`.
    ///   - output: receives `batch × outputColumns` (reshaped; no allocation when its storage fits).
    ///   - parameters: the model's parameters; this layer's start at `offset`.
    ///   - context: the mode and the random source (dropout).
    mutating func forward(
        _ input: Matrix, into output: inout Matrix, parameters: [Parameter], offset: Int, context: inout LayerContext
    ) throws

    /// Backpropagates a batch: writes the parameter gradients and, when asked, the input gradient.
    /// - Parameters:
    ///   - input: the `input` of the last `forward`. - output: its `output`.
    ///   - outputGradient: dLoss/dOutput, `batch × outputColumns`.
    ///   - inputGradient: receives dLoss/dInput when `computeInputGradient` (left untouched otherwise).
    ///   - parameters: the model's parameters; gradients of this layer's (from `offset`) are written, or added
    ///     to when `accumulate` is true.
    mutating func backward(
        input: Matrix, output: Matrix, outputGradient: Matrix, inputGradient: inout Matrix,
        computeInputGradient: Bool, parameters: inout [Parameter], offset: Int, accumulate: Bool
    ) throws
}

extension Layer {
    public var parameterShapes: [ParameterShape] { [] }
    public func initialParameters(random: inout RandomSource) -> [Matrix] { [] }
}

/// What a forward pass needs beside the data: the mode and the model's seeded random source.
public struct LayerContext: Sendable {
    /// Training (dropout active) or evaluation.
    public var mode: ModelMode
    /// The stream dropout draws its masks from (saved with the model, so a resumed run draws the same masks).
    public var random: RandomSource

    /// Creates a context.
    public init(mode: ModelMode, random: RandomSource) {
        self.mode = mode
        self.random = random
    }
}
