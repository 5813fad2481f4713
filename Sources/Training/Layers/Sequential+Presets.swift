import Tensors

extension Sequential {
    /// Binary logistic regression: one `Dense(inputs → 1)` producing a logit (train with
    /// `BinaryCrossEntropyWithLogitsLoss`).
    public static func logistic(inputs: Int, seed: UInt64 = 0) throws -> Sequential {
        try Sequential(inputs: inputs, layers: [.dense(inputs: inputs, outputs: 1, bias: true)], seed: seed)
    }

    /// Multinomial logistic regression: one `Dense(inputs → classes)` producing logits (train with
    /// `CrossEntropyLoss`).
    public static func softmax(inputs: Int, classes: Int, seed: UInt64 = 0) throws -> Sequential {
        try Sequential(inputs: inputs, layers: [.dense(inputs: inputs, outputs: classes, bias: true)], seed: seed)
    }

    /// Linear regression: one `Dense(inputs → outputs)` (train with `MeanSquaredErrorLoss` or `HuberLoss`).
    public static func linear(inputs: Int, outputs: Int = 1, seed: UInt64 = 0) throws -> Sequential {
        try Sequential(inputs: inputs, layers: [.dense(inputs: inputs, outputs: outputs, bias: true)], seed: seed)
    }

    /// A multilayer perceptron: for each hidden width `Dense → activation (→ Dropout when dropout > 0)`, then a
    /// final `Dense` to `outputs`, as the torch `nn.Sequential` built the same way (so names match its state_dict).
    /// - Throws: `TrainingError.Code.invalidValue` for an empty or non-positive width, or dropout outside `[0, 1]`.
    public static func mlp(
        inputs: Int, hidden: [Int], outputs: Int, activation: Activation = .relu, dropout: Double = 0,
        seed: UInt64 = 0
    ) throws -> Sequential {
        try Sequential(
            inputs: inputs,
            layers: mlpLayers(
                inputs: inputs, hidden: hidden, outputs: outputs, activation: activation, dropout: dropout),
            seed: seed)
    }

    static func mlpLayers(
        inputs: Int, hidden: [Int], outputs: Int, activation: Activation, dropout: Double
    ) throws -> [LayerSpec] {
        guard !hidden.isEmpty else {
            throw TrainingError(
                .invalidValue, "mlp needs at least one hidden width (e.g. mlp:128); for none use linear")
        }
        if let bad = hidden.first(where: { $0 < 1 }) {
            throw TrainingError.invalid("mlp hidden width", bad, allowed: "at least 1")
        }
        guard dropout >= 0, dropout <= 1 else { throw TrainingError.invalid("dropout", dropout, allowed: "in [0, 1]") }
        var specs: [LayerSpec] = []
        var width = inputs
        for h in hidden {
            specs.append(.dense(inputs: width, outputs: h, bias: true))
            specs.append(.activation(activation))
            if dropout > 0 { specs.append(.dropout(probability: dropout)) }
            width = h
        }
        specs.append(.dense(inputs: width, outputs: outputs, bias: true))
        return specs
    }
}
