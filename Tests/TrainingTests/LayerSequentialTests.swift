import Foundation
import Tensors
import Testing

@testable import Training

@Suite struct LayerSequentialTests {
    @Test func mlpParametersAreNamedAsTorchStateDict() throws {
        let model = try Sequential.mlp(inputs: 3, hidden: [4, 5], outputs: 2, activation: .gelu, dropout: 0.1, seed: 1)
        #expect(model.parameters.map(\.name) == ["0.weight", "0.bias", "3.weight", "3.bias", "6.weight", "6.bias"])
        #expect(model.parameters[0].value.rows == 4 && model.parameters[0].value.columns == 3)
        #expect(model.parameterValueCount == 4 * 3 + 4 + 5 * 4 + 5 + 2 * 5 + 2)
        #expect(model.parameterIndices(ofLayer: 3) == 2..<4)
        #expect(model.parameterIndices(ofLayer: 1).isEmpty)
    }

    @Test func denseInitialisationIsWithinTorchBound() throws {
        let model = try Sequential.linear(inputs: 16, outputs: 8, seed: 3)
        let bound: Float = 1 / 4
        for parameter in model.parameters {
            #expect(parameter.value.values.allSatisfy { abs($0) <= bound })
        }
        let same = try Sequential.linear(inputs: 16, outputs: 8, seed: 3)
        #expect(same.parameters == model.parameters)
    }

    @Test func trainingStepsReduceTheLoss() throws {
        var model = try Sequential.mlp(inputs: 2, hidden: [8], outputs: 2, activation: .tanh, seed: 7)
        let x = try Matrix([[0, 0], [0, 1], [1, 0], [1, 1]])
        let y = try Matrix(rows: 4, columns: 1, values: [0, 1, 1, 0])
        let loss = try CrossEntropyLoss()
        var optimizer = try OptimizerSpec(parsing: "adam").makeOptimizer()
        var gradient = Matrix(rows: 0, columns: 0)
        var first = 0.0
        var last = 0.0
        for step in 0..<300 {
            let logits = try model.forward(x)
            let value = try loss.evaluate(output: logits, targets: y, gradient: &gradient)
            if step == 0 { first = value }
            last = value
            try model.backward(gradient)
            try GradientClipping.clipGlobalNorm(&model.parameters, maxNorm: 5)
            try optimizer.step(&model.parameters, learningRate: 0.05)
        }
        #expect(last < first / 10)
    }

    @Test func codableRoundTripKeepsArchitectureAndWeights() throws {
        let model = try Sequential.mlp(
            inputs: 3, hidden: [4], outputs: 2, activation: .leakyReLU, dropout: 0.2, seed: 5)
        let data = try JSONEncoder().encode(model)
        let decoded = try JSONDecoder().decode(Sequential.self, from: data)
        #expect(decoded.layerSpecs == model.layerSpecs)
        #expect(decoded.parameters == model.parameters)
        #expect(decoded.random == model.random)
    }
}
