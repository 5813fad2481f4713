import Tensors

/// One trainable tensor of a model with its gradient, named as in PyTorch's `state_dict` (`0.weight`, `0.bias`).
///
/// A Dense weight is stored `outputs × inputs` (torch's `nn.Linear.weight` layout); a bias or a LayerNorm
/// weight is a `1 × features` row. `value.values` is torch's `tensor.flatten()`.
public struct Parameter: Sendable, Hashable {
    /// The `state_dict` key, e.g. `2.weight`.
    public var name: String
    /// The current value.
    public var value: Matrix
    /// The gradient of the loss with respect to `value` from the last `backward`, same shape as `value`.
    public var gradient: Matrix

    /// Creates a parameter with a zero gradient.
    public init(name: String, value: Matrix) {
        self.name = name
        self.value = value
        self.gradient = Matrix(rows: value.rows, columns: value.columns)
    }
}
