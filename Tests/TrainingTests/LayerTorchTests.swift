import Foundation
import Tensors
import Testing

@testable import Training

/// Each layer (and a small MLP) against torch: forward output, input gradient and parameter gradients, float32.
@Suite struct LayerTorchTests {
    struct Case: Decodable {
        var name: String
        var layers: [FixtureLayer]
        var inputs: Int
        var input: FixtureMatrix
        var parameters: [String: [Float]]
        var output: FixtureMatrix
        var outputGradient: FixtureMatrix
        var inputGradient: FixtureMatrix
        var parameterGradients: [String: [Float]]
    }

    struct File: Decodable { var cases: [Case] }

    static let names = [
        "linear", "linear_batch1", "relu", "leaky_relu", "gelu", "tanh", "sigmoid", "layer_norm",
        "dropout_eval", "mlp_gelu_layernorm",
    ]

    @Test func fixtureHasEveryCase() throws {
        let file = try TorchFixture.load("torch_layers.json", as: File.self)
        #expect(file.cases.map(\.name) == Self.names)
    }

    @Test(arguments: names)
    func forwardAndBackwardMatchTorch(name: String) throws {
        let file = try TorchFixture.load("torch_layers.json", as: File.self)
        let fixture = try #require(file.cases.first { $0.name == name })
        var model = try Sequential(inputs: fixture.inputs, layers: fixture.layers.map { try $0.spec }, seed: 1)
        #expect(Set(model.parameters.map(\.name)) == Set(fixture.parameters.keys))
        try model.loadParameters(fixture.parameters)
        model.mode = name.hasSuffix("eval") ? .evaluation : .training
        let output = try model.forward(try fixture.input.matrix)
        #expect(output.rows == fixture.output.rows && output.columns == fixture.output.columns)
        TorchFixture.expectClose(output.values, fixture.output.values, "\(name) output")
        try model.backward(try fixture.outputGradient.matrix, computeInputGradient: true)
        TorchFixture.expectClose(model.inputGradient.values, fixture.inputGradient.values, "\(name) input gradient")
        for parameter in model.parameters {
            let expected = try #require(fixture.parameterGradients[parameter.name])
            TorchFixture.expectClose(parameter.gradient.values, expected, "\(name) \(parameter.name).grad")
        }
    }

    @Test func accumulateAddsToGradients() throws {
        let file = try TorchFixture.load("torch_layers.json", as: File.self)
        let fixture = try #require(file.cases.first { $0.name == "mlp_gelu_layernorm" })
        var model = try Sequential(inputs: fixture.inputs, layers: fixture.layers.map { try $0.spec })
        try model.loadParameters(fixture.parameters)
        let x = try fixture.input.matrix
        let g = try fixture.outputGradient.matrix
        try model.forward(x)
        try model.backward(g)
        try model.forward(x)
        try model.backward(g, accumulate: true)
        for parameter in model.parameters {
            let expected = try #require(fixture.parameterGradients[parameter.name]).map { 2 * $0 }
            TorchFixture.expectClose(parameter.gradient.values, expected, "accumulated \(parameter.name).grad")
        }
    }
}
