import Tensors

/// What a layer is, without its weights: the architecture half of a model's `Codable` form.
public enum LayerSpec: Sendable, Hashable, Codable {
    /// A fully connected layer `y = x Wᵀ + b` (torch `nn.Linear(inputs, outputs, bias)`).
    case dense(inputs: Int, outputs: Int, bias: Bool)
    /// An elementwise activation (`relu`, `leakyReLU`, `gelu`, `tanh`, `sigmoid`, ...).
    case activation(Activation)
    /// Inverted dropout with drop probability `probability` (torch `nn.Dropout(p)`).
    case dropout(probability: Double)
    /// Layer normalisation over the last dimension with an affine weight and bias (torch `nn.LayerNorm`).
    case layerNorm(features: Int, epsilon: Double)

    /// Builds the layer this spec describes.
    /// - Throws: `TrainingError.Code.invalidValue` for a non-positive size, a dropout outside `[0, 1]`, or a
    ///   non-positive epsilon.
    public func makeLayer() throws -> any Layer {
        switch self {
        case .dense(let inputs, let outputs, let bias): return try Dense(inputs: inputs, outputs: outputs, bias: bias)
        case .activation(let activation): return ActivationLayer(activation)
        case .dropout(let probability): return try Dropout(probability: probability)
        case .layerNorm(let features, let epsilon): return try LayerNorm(features: features, epsilon: epsilon)
        }
    }
}
