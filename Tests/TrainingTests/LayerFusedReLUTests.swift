import Tensors
import Testing

@testable import Training

/// `Sequential.backward` takes a ReLU's input gradient straight from the `Dense` layer after it. It must give the
/// bits of running every layer's own `backward` in turn.
@Suite struct LayerFusedReLUTests {
    /// Each layer's own backward in turn, from the model's cached activations: (parameter gradients, every layer's
    /// input gradient).
    static func layerByLayer(_ model: Sequential, _ outputGradient: Matrix, accumulate: Bool = false) throws -> (
        [Matrix], [Matrix]
    ) {
        var parameters = model.parameters
        var gradients = model.gradients
        var upstream = outputGradient
        for i in stride(from: model.layers.count - 1, through: 0, by: -1) {
            var layer = model.layers[i]
            try layer.backward(
                input: model.activations[i], output: model.activations[i + 1], outputGradient: upstream,
                inputGradient: &gradients[i], computeInputGradient: true, parameters: &parameters,
                offset: model.parameterOffsets[i], accumulate: accumulate)
            upstream = gradients[i]
        }
        return (parameters.map(\.gradient), gradients)
    }

    /// Output layers of 3 columns (the row-wise product, masked in groups of rows) and hidden-to-hidden layers of 40
    /// (the packed product, masked after it); a model that starts with a ReLU, whose input gradient is fused too.
    @Test(
        "Fused and layer-by-layer backward agree bit for bit, parameter and input gradients",
        arguments: [
            [
                LayerSpec.dense(inputs: 6, outputs: 40, bias: true), .activation(.relu),
                .dense(inputs: 40, outputs: 3, bias: true),
            ],
            [
                .dense(inputs: 6, outputs: 40, bias: true), .activation(.relu),
                .dense(inputs: 40, outputs: 40, bias: false),
                .activation(.relu), .dense(inputs: 40, outputs: 3, bias: true),
            ],
            [.activation(.relu), .dense(inputs: 6, outputs: 3, bias: true)],
        ])
    func fusedMatchesLayerByLayer(layers: [LayerSpec]) throws {
        var model = try Sequential(inputs: 6, layers: layers, seed: 5)
        var random = RandomSource(seed: 9)
        let x = Matrix.randomUniform(rows: 33, columns: 6, lower: -2, upper: 2, using: &random)
        let dY = Matrix.randomUniform(rows: 33, columns: 3, lower: -1, upper: 1, using: &random)
        try model.forward(x)
        let (expectedParameters, expectedGradients) = try Self.layerByLayer(model, dY)
        try model.backward(dY, computeInputGradient: true)
        for (parameter, expected) in zip(model.parameters, expectedParameters) {
            #expect(
                parameter.gradient.values.map(\.bitPattern) == expected.values.map(\.bitPattern), "\(parameter.name)")
        }
        #expect(model.inputGradient.values.map(\.bitPattern) == expectedGradients[0].values.map(\.bitPattern))
        for (i, spec) in layers.enumerated() where spec == .activation(.relu) {
            #expect(model.denseAfterReLU(at: i + 1) != nil, "layer \(i + 1) takes over the ReLU's backward")
            let expected = expectedGradients[i].values
            #expect(model.gradients[i].values.map(\.bitPattern) == expected.map(\.bitPattern), "below layer \(i)")
            // The mask did something: some of the ReLU's input gradient is exactly zero, and not all.
            #expect(expected.contains(0) && expected.contains { $0 != 0 })
        }
    }

    /// `Sequential.forward` runs a ReLU and the Dense layer after it in one call; every activation must have the
    /// bits of each layer's own forward in turn.
    @Test(
        "Fused and layer-by-layer forward agree bit for bit, every activation",
        arguments: [
            [
                LayerSpec.dense(inputs: 6, outputs: 300, bias: true), .activation(.relu),
                .dense(inputs: 300, outputs: 3, bias: true),
            ],
            [
                .dense(inputs: 6, outputs: 40, bias: true), .activation(.relu),
                .dense(inputs: 40, outputs: 40, bias: false), .activation(.relu),
                .dense(inputs: 40, outputs: 2, bias: true),
            ],
            [.activation(.relu), .dense(inputs: 6, outputs: 3, bias: false)],
            [.dense(inputs: 6, outputs: 5, bias: true), .activation(.relu)],
        ])
    func fusedForwardMatchesLayerByLayer(layers: [LayerSpec]) throws {
        var model = try Sequential(inputs: 6, layers: layers, seed: 6)
        var random = RandomSource(seed: 11)
        var x = Matrix.randomUniform(rows: 19, columns: 6, lower: -2, upper: 2, using: &random)
        x[0, 0] = .nan
        try model.forward(x)
        var expected = x
        var context = LayerContext(mode: model.mode, random: RandomSource(seed: 1))
        for i in model.layers.indices {
            var layer = model.layers[i]
            var output = Matrix(rows: 0, columns: 0)
            try layer.forward(
                expected, into: &output, parameters: model.parameters, offset: model.parameterOffsets[i],
                context: &context)
            #expect(
                model.activations[i + 1].values.map(\.bitPattern) == output.values.map(\.bitPattern), "layer \(i)")
            expected = output
        }
    }

    /// A thin output layer writes the bias gradient of the Dense layer below its ReLU in the same pass; accumulated
    /// over two batches, it must still add onto the first batch's sums as that layer's own backward does.
    @Test("Accumulated gradients through the fused passes match layer by layer, bias below the ReLU included")
    func accumulatedMatchesLayerByLayer() throws {
        var model = try Sequential(
            inputs: 6,
            layers: [
                .dense(inputs: 6, outputs: 50, bias: true), .activation(.relu),
                .dense(inputs: 50, outputs: 4, bias: true),
            ],
            seed: 8)
        var random = RandomSource(seed: 10)
        let x = Matrix.randomUniform(rows: 21, columns: 6, lower: -2, upper: 2, using: &random)
        let dY1 = Matrix.randomUniform(rows: 21, columns: 4, lower: -1, upper: 1, using: &random)
        let dY2 = Matrix.randomUniform(rows: 21, columns: 4, lower: -1, upper: 1, using: &random)
        try model.forward(x)
        try model.backward(dY1)
        let first = model.parameters.map(\.gradient)
        let (expected, _) = try Self.layerByLayer(model, dY2, accumulate: true)
        try model.backward(dY2, accumulate: true)
        for (index, parameter) in model.parameters.enumerated() {
            #expect(parameter.gradient.values.map(\.bitPattern) == expected[index].values.map(\.bitPattern))
            #expect(parameter.gradient.values != first[index].values, "\(parameter.name) accumulated")
        }
    }

    @Test("A NaN out of a ReLU passes its gradient on, as torch's threshold_backward on the ReLU's output")
    func nanOutputKeepsGradient() throws {
        var model = try Sequential(
            inputs: 2, layers: [.activation(.relu), .dense(inputs: 2, outputs: 1, bias: false)], seed: 1)
        model.parameters[0].value = try Matrix([[0.5, -2]])
        try model.forward(Matrix([[.nan, -1]]))
        try model.backward(Matrix([[3]]), computeInputGradient: true)
        #expect(model.inputGradient.values == [1.5, 0])
    }
}
