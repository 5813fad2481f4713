import Foundation
import Tensors
import Testing

@testable import Training

/// `ModelSpec` strings, presets, and the architectures they build.
@Suite struct LayerModelSpecTests {
    func error(_ text: String) -> TrainingError? {
        do {
            _ = try ModelSpec(parsing: text)
            return nil
        } catch let error as TrainingError {
            return error
        } catch {
            return nil
        }
    }

    @Test func parsesEveryForm() throws {
        #expect(try ModelSpec(parsing: "logistic").architecture == .logistic)
        #expect(try ModelSpec(parsing: "softmax").architecture == .softmax)
        #expect(try ModelSpec(parsing: "linear").architecture == .linear)
        #expect(
            try ModelSpec(parsing: "mlp:128,64").architecture == .mlp(hidden: [128, 64], activation: .relu, dropout: 0))
        #expect(
            try ModelSpec(parsing: "mlp:128,64:gelu").architecture
                == .mlp(hidden: [128, 64], activation: .gelu, dropout: 0))
        #expect(
            try ModelSpec(parsing: "mlp:128:dropout=0.1").architecture
                == .mlp(hidden: [128], activation: .relu, dropout: 0.1))
        #expect(
            try ModelSpec(parsing: "mlp:32,16:leaky_relu:dropout=0.2").architecture
                == .mlp(hidden: [32, 16], activation: .leakyReLU, dropout: 0.2))
    }

    @Test(arguments: [
        "logistic", "softmax", "linear", "mlp:8,4:relu", "mlp:8:tanh:dropout=0.5", "mlp:3:gelu_tanh",
        "mlp:4:leaky_relu:negative_slope=0.2", "mlp:4:identity",
    ])
    func descriptionParsesBack(text: String) throws {
        let spec = try ModelSpec(parsing: text)
        #expect(try ModelSpec(parsing: spec.description) == spec)
        let data = try JSONEncoder().encode(spec)
        #expect(try JSONDecoder().decode(ModelSpec.self, from: data) == spec)
    }

    @Test func buildsTheTorchEquivalentArchitecture() throws {
        let model = try ModelSpec(parsing: "mlp:8,4:gelu:dropout=0.1").makeModel(inputs: 5, outputs: 3, seed: 1)
        #expect(
            model.layerSpecs == [
                .dense(inputs: 5, outputs: 8, bias: true), .activation(.gelu), .dropout(probability: 0.1),
                .dense(inputs: 8, outputs: 4, bias: true), .activation(.gelu), .dropout(probability: 0.1),
                .dense(inputs: 4, outputs: 3, bias: true),
            ])
        #expect(model.inputColumns == 5 && model.outputColumns == 3)
        let logistic = try ModelSpec(parsing: "logistic").makeModel(inputs: 4, outputs: 1)
        #expect(logistic.layerSpecs == (try Sequential.logistic(inputs: 4)).layerSpecs)
        #expect(try Sequential.softmax(inputs: 4, classes: 3).outputColumns == 3)
        #expect(try Sequential.linear(inputs: 4, outputs: 2).parameters.map(\.name) == ["0.weight", "0.bias"])
    }

    @Test func errorsNameTheProblem() throws {
        let family = try #require(error("mpl:128"))
        #expect(family.code == .invalidSpec && family.message.contains("did you mean 'mlp'"))
        let width = try #require(error("mlp:128,x"))
        #expect(width.code == .invalidSpec && width.message.contains("'x'"))
        #expect(error("mlp:0")?.code == .invalidValue)
        #expect(error("mlp")?.code == .invalidSpec)
        let activation = try #require(error("mlp:8:gleu"))
        #expect(activation.message.contains("did you mean 'gelu'"))
        let key = try #require(error("mlp:8:dropuot=0.1"))
        #expect(key.code == .unknownKey && key.message.contains("dropout"))
        #expect(error("mlp:8:dropout=1")?.code == .invalidValue)
        #expect(error("linear:8")?.code == .invalidSpec)
        #expect(error("mlp:8:relu:negative_slope=0.2")?.code == .invalidSpec)
        #expect(error("mlp:8:leaky_relu:negative_slope=x")?.code == .invalidValue)
        #expect(throws: TrainingError.self) { try ModelSpec(parsing: "softmax").makeModel(inputs: 3, outputs: 1) }
        #expect(throws: TrainingError.self) { try ModelSpec(parsing: "linear").makeModel(inputs: 0, outputs: 1) }
    }
}
