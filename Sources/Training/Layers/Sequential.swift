import Tensors

/// A model as a chain of layers, PyTorch's `nn.Sequential`: forward in batches (rows = samples), backward to
/// parameter gradients, a flat ordered parameter list named as torch's `state_dict`.
///
/// A value type: a copy is an independent model (storage is shared copy-on-write until one side writes).
/// Activations and gradients are cached per batch size, so repeated steps with the same batch size do not allocate.
/// One training step:
/// ```
/// let logits = try model.forward(batch)
/// let loss = try CrossEntropyLoss().evaluate(output: logits, targets: labels, gradient: &gradient)
/// try model.backward(gradient)
/// try optimizer.step(&model.parameters, learningRate: schedule.rate(at: step))
/// ```
public struct Sequential: Sendable {
    /// The layers in order.
    public internal(set) var layers: [any Layer]
    /// Every trainable tensor in torch's `state_dict` order (`0.weight`, `0.bias`, `2.weight`, ...). Optimizers
    /// update `value` in place from `gradient`; checkpoints and bundles iterate this list.
    public var parameters: [Parameter]
    /// Input features per sample.
    public let inputColumns: Int
    /// Output columns per sample (logits, or predictions).
    public let outputColumns: Int
    /// Training (dropout active) or evaluation. Set `.evaluation` before validating, as torch's `model.eval()`.
    public var mode: ModelMode = .training
    /// The stream dropout masks are drawn from; `Codable`, so a resumed run draws the same masks.
    public var random: RandomSource

    /// Index of each layer's first parameter in `parameters`.
    let parameterOffsets: [Int]
    /// The shape every entry of `parameters` must keep (layers read them through unchecked pointers).
    let parameterShapes: [ParameterShape]
    /// `activations[i]` is the input of layer `i`; the last one is the model output.
    var activations: [Matrix]
    /// `gradients[i]` is dLoss/d`activations[i]` (the last entry is unused: the caller's gradient is read directly).
    var gradients: [Matrix]
    /// Whether a forward pass has filled `activations` for the current batch.
    var hasForward = false

    /// Builds a model from layer specs, initialising parameters as PyTorch does, from a seeded random source.
    /// - Parameters:
    ///   - inputs: input features per sample.
    ///   - layers: the architecture; consecutive sizes must fit.
    ///   - seed: seeds the initialisation and the dropout stream.
    /// - Throws: `TrainingError.Code.shapeMismatch` when a layer does not fit its input; `.invalidValue` for a bad
    ///   layer setting or an empty layer list.
    public init(inputs: Int, layers specs: [LayerSpec], seed: UInt64 = 0) throws {
        guard inputs >= 1 else { throw TrainingError.invalid("inputs", inputs, allowed: "at least 1") }
        guard !specs.isEmpty else {
            throw TrainingError(.invalidValue, "layers is empty; a model needs at least one layer (e.g. .dense)")
        }
        var random = RandomSource(seed: seed)
        var built: [any Layer] = []
        var parameters: [Parameter] = []
        var offsets: [Int] = []
        var columns = inputs
        for (index, spec) in specs.enumerated() {
            let layer = try spec.makeLayer()
            do {
                columns = try layer.outputColumns(forInput: columns)
            } catch let error as TrainingError {
                throw TrainingError(error.code, "layer \(index): \(error.message)")
            }
            offsets.append(parameters.count)
            let values = layer.initialParameters(random: &random)
            for (shape, value) in zip(layer.parameterShapes, values) {
                parameters.append(Parameter(name: "\(index).\(shape.name)", value: value))
            }
            built.append(layer)
        }
        self.layers = built
        self.parameters = parameters
        self.parameterOffsets = offsets
        self.parameterShapes = parameters.map {
            ParameterShape(name: $0.name, rows: $0.value.rows, columns: $0.value.columns)
        }
        self.inputColumns = inputs
        self.outputColumns = columns
        self.random = random
        self.activations = Array(repeating: Matrix(rows: 0, columns: 0), count: specs.count + 1)
        self.gradients = Array(repeating: Matrix(rows: 0, columns: 0), count: specs.count + 1)
    }

    /// The architecture, one spec per layer.
    public var layerSpecs: [LayerSpec] { layers.map(\.spec) }

    /// The total number of trainable scalars.
    public var parameterValueCount: Int { parameters.reduce(0) { $0 + $1.value.count } }

    /// The indices in `parameters` of layer `index`'s parameters (empty for parameter-free layers).
    public func parameterIndices(ofLayer index: Int) -> Range<Int> {
        guard index >= 0, index < layers.count else { return 0..<0 }
        let start = parameterOffsets[index]
        return start..<(start + layers[index].parameterShapes.count)
    }

    /// The index in `parameters` of the parameter called `name` (e.g. `0.weight`), if any.
    public func parameterIndex(named name: String) -> Int? {
        parameters.firstIndex { $0.name == name }
    }

    /// Runs the batch through every layer in the current `mode` and returns the output (`batch × outputColumns`).
    ///
    /// The result shares storage with the model's cache; drop it before the next `forward` to keep steps free of
    /// allocation.
    /// - Throws: `TrainingError.Code.shapeMismatch` when `input.columns != inputColumns`.
    @discardableResult
    public mutating func forward(_ input: Matrix) throws -> Matrix {
        try checkInputColumns(input)
        try checkParameters()
        hasForward = false
        activations[0].resize(rows: input.rows, columns: input.columns)
        input.withUnsafeBufferPointer { x in
            activations[0].withUnsafeMutableBufferPointer { a in
                guard let from = x.baseAddress, let to = a.baseAddress else { return }
                to.update(from: from, count: x.count)
            }
        }
        return try forwardCachedInput()
    }

    /// `forward` without copying the batch: `input`'s storage becomes the model's cached input, and `input` gets
    /// the storage of the previous one (its contents unspecified), to be refilled with the next batch. A loop that
    /// gathers every batch into the same matrix saves one copy of the batch per step (4 MiB at 1024 × 1024).
    /// - Throws: as `forward`; on a throw, `input` may already hold the previous cached input.
    @discardableResult
    public mutating func forward(taking input: inout Matrix) throws -> Matrix {
        try checkInputColumns(input)
        try checkParameters()
        hasForward = false
        swap(&input, &activations[0])
        return try forwardCachedInput()
    }

    /// Runs every layer from `activations[0]`.
    mutating func forwardCachedInput() throws -> Matrix {
        var context = LayerContext(mode: mode, random: random)
        var i = 0
        while i < layers.count {
            if let dense = denseAfterReLU(at: i + 1) {
                try forwardReLU(at: i, into: dense)
                i += 2
                continue
            }
            try layers[i].forward(
                activations[i], into: &activations[i + 1], parameters: parameters, offset: parameterOffsets[i],
                context: &context)
            i += 1
        }
        random = context.random
        hasForward = true
        return activations[layers.count]
    }

    /// The ReLU layer `i` and the Dense layer after it in one call (the same bits as their own forwards; see
    /// `Dense.forward(rectifying:)`).
    mutating func forwardReLU(at i: Int, into dense: Dense) throws {
        var output = Matrix(rows: 0, columns: 0)
        swap(&output, &activations[i + 2])  // held apart, as `activations[i + 1]` is written in the same call
        defer { swap(&output, &activations[i + 2]) }
        try dense.forward(
            rectifying: activations[i], rectified: &activations[i + 1], into: &output, parameters: parameters,
            offset: parameterOffsets[i + 1])
    }

    /// Checks that a batch has the model's input width.
    func checkInputColumns(_ input: Matrix) throws {
        guard input.columns == inputColumns else {
            throw TrainingError(
                .shapeMismatch,
                "the batch has \(input.columns) columns but the model takes \(inputColumns) features;"
                    + " encode the data with the same feature encoder the model was built for")
        }
    }

    /// Checks that `parameters` (a public, settable list) still has the architecture's shapes, and, before a
    /// backward pass writes them, that the gradients do too.
    func checkParameters(gradients: Bool = false) throws {
        guard parameters.count == parameterShapes.count else {
            throw TrainingError(
                .invalidState,
                "the model has \(parameters.count) parameters but its layers need "
                    + "\(parameterShapes.count); change values in place or use loadParameters(_:)")
        }
        for (p, shape) in zip(parameters, parameterShapes)
        where p.value.rows != shape.rows || p.value.columns != shape.columns
            || (gradients && (p.gradient.rows != shape.rows || p.gradient.columns != shape.columns))
        {
            throw TrainingError(
                .invalidState,
                "parameter \(p.name) (value \(p.value.rows)×\(p.value.columns), gradient "
                    + "\(p.gradient.rows)×\(p.gradient.columns)) must be \(shape.rows)×\(shape.columns) as its "
                    + "layer needs; change values in place or use loadParameters(_:)")
        }
    }

    /// The model's output for `input` in evaluation mode, leaving this model untouched (safe to call concurrently
    /// on a shared model).
    /// - Throws: `TrainingError.Code.shapeMismatch` when `input.columns != inputColumns`.
    public func predict(_ input: Matrix) throws -> Matrix {
        var copy = self
        copy.mode = .evaluation
        return try copy.forward(input)
    }
}
