import Foundation
import Tensors
import Testing

@testable import Training

/// `Sequential` contracts: shapes, order of calls, parameter loading, Codable validation, value semantics.
@Suite struct LayerModelTests {
    @Test func shapeErrorsAreReportedNotCrashes() throws {
        #expect(throws: TrainingError.self) { try Sequential(inputs: 3, layers: []) }
        #expect(throws: TrainingError.self) {
            try Sequential(inputs: 3, layers: [.dense(inputs: 4, outputs: 2, bias: true)])
        }
        #expect(throws: TrainingError.self) {
            try Sequential(inputs: 3, layers: [.layerNorm(features: 2, epsilon: 1e-5)])
        }
        var model = try Sequential.linear(inputs: 3, outputs: 2)
        #expect(throws: TrainingError.self) { try model.backward(Matrix(rows: 1, columns: 2)) }
        #expect(throws: TrainingError.self) { try model.forward(Matrix(rows: 2, columns: 4)) }
        try model.forward(Matrix(rows: 2, columns: 3))
        #expect(throws: TrainingError.self) { try model.backward(Matrix(rows: 3, columns: 2)) }
    }

    @Test func loadParametersChecksNamesAndSizes() throws {
        var model = try Sequential.linear(inputs: 2, outputs: 1)
        try model.loadParameters(["0.weight": [0.5, -1], "0.bias": [2]])
        #expect(try model.forward(try Matrix([[1, 1]])).values == [1.5])
        #expect(throws: TrainingError.self) { try model.loadParameters(["1.weight": [1, 2]]) }
        #expect(throws: TrainingError.self) { try model.loadParameters(["0.weight": [1, 2, 3]]) }
        #expect(model.parameterValues["0.bias"] == [2])
    }

    @Test func decodingRejectsWeightsThatDoNotFitTheArchitecture() throws {
        let model = try Sequential.linear(inputs: 2, outputs: 1)
        var json = try #require(
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(model)) as? [String: Any])
        json["layers"] = [["dense": ["inputs": 2, "outputs": 3, "bias": true]]]
        let tampered = try JSONSerialization.data(withJSONObject: json)
        #expect(throws: (any Error).self) { try JSONDecoder().decode(Sequential.self, from: tampered) }
        json["format"] = 99
        #expect(throws: (any Error).self) {
            try JSONDecoder().decode(Sequential.self, from: JSONSerialization.data(withJSONObject: json))
        }
    }

    @Test func predictLeavesTheModelUntouchedAndUsesEvaluationMode() throws {
        var model = try Sequential.mlp(inputs: 3, hidden: [5], outputs: 2, dropout: 0.5, seed: 8)
        let x = Matrix(rows: 4, columns: 3, repeating: 1)
        let before = model.random
        let first = try model.predict(x)
        #expect(try model.predict(x) == first)
        #expect(model.random == before && model.mode == .training)
        model.mode = .evaluation
        #expect(try model.forward(x) == first)
    }

    @Test func copiesAreIndependentModels() throws {
        var a = try Sequential.linear(inputs: 2, outputs: 1, seed: 1)
        var b = a
        b.parameters[0].value.fill(0)
        b.parameters[1].value.fill(0)
        let x = try Matrix([[1, 2]])
        #expect(try b.forward(x).values == [0])
        #expect(try a.forward(x).values != [0])
    }

    @Test func batchSizeMayChangeBetweenCalls() throws {
        var model = try Sequential.mlp(inputs: 3, hidden: [4], outputs: 2, activation: .gelu, seed: 2)
        model.mode = .evaluation
        var random = RandomSource(seed: 5)
        let big = Matrix.randomNormal(rows: 6, columns: 3, using: &random)
        let full = try model.forward(big)
        let small = try model.forward(try big.rows(0..<2))
        #expect(small.values == Array(full.values[0..<4]))
        #expect(try model.forward(Matrix(rows: 0, columns: 3)).rows == 0)
    }

    @Test func zeroGradientsThenAccumulateEqualsPlainBackward() throws {
        var model = try Sequential.mlp(inputs: 2, hidden: [3], outputs: 1, activation: .tanh, seed: 4)
        let x = try Matrix([[0.5, -1], [2, 0.1]])
        let g = try Matrix([[1], [-0.5]])
        try model.forward(x)
        try model.backward(g)
        let plain = model.parameters.map(\.gradient)
        model.zeroGradients()
        try model.backward(g, accumulate: true)
        #expect(model.parameters.map(\.gradient) == plain)
    }
}

@Suite struct LayerModelSummaryTests {
    @Test func descriptionListsLayersAndParameterCounts() throws {
        let model = try Sequential.mlp(inputs: 3, hidden: [4], outputs: 2, dropout: 0.5)
        let text = model.description
        #expect(text.contains("(0) Dense(3 → 4)  16 parameters"))
        #expect(text.contains("(2) Dropout(p: 0.5)"))
        #expect(text.contains("total: \(model.parameterValueCount) parameters"))
    }

    @Test func layerwiseGroupsDecayTowardTheInput() throws {
        let model = try Sequential.mlp(inputs: 3, hidden: [4, 4], outputs: 2)
        let groups = try ParameterGroup.layerwise(model, decay: 0.5)
        #expect(groups.map(\.learningRateMultiplier) == [0.25, 0.5, 1])
        #expect(groups.map(\.parameterIndices) == [[0, 1], [2, 3], [4, 5]])
        #expect(throws: TrainingError.self) { try ParameterGroup.layerwise(model, decay: 0) }
    }
}

@Suite struct LayerModelParameterGuardTests {
    @Test func replacedParametersOfTheWrongShapeAreErrorsNotCrashes() throws {
        var model = try Sequential.mlp(inputs: 3, hidden: [4], outputs: 2, seed: 1)
        let x = Matrix(rows: 2, columns: 3, repeating: 1)
        var shrunk = model
        shrunk.parameters[1] = Parameter(name: "0.bias", value: Matrix(rows: 1, columns: 2))
        #expect(throws: TrainingError.self) { try shrunk.forward(x) }
        var fewer = model
        fewer.parameters.removeLast()
        #expect(throws: TrainingError.self) { try fewer.forward(x) }
        try model.forward(x)
        model.parameters[3].gradient = Matrix(rows: 1, columns: 1)
        #expect(throws: TrainingError.self) { try model.backward(Matrix(rows: 2, columns: 2, repeating: 1)) }
        var optimizer = try OptimizerSpec(parsing: "adam").makeOptimizer()
        #expect(throws: TrainingError.self) { try optimizer.step(&model.parameters, learningRate: 0.1) }
    }
}
