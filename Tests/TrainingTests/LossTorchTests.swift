import Foundation
import Tensors
import Testing

@testable import Training

/// Every loss against torch (float64 reference on float32-representable inputs): value and gradient.
@Suite struct LossTorchTests {
    struct Options: Decodable {
        var kind: String
        var label_smoothing: Double?
        var weights: [Float]?
        var pos_weight: [Float]?
        var delta: Double?
    }

    struct Case: Decodable {
        var name: String
        var options: Options
        var output: FixtureMatrix
        var targets: FixtureMatrix
        var loss: Double
        var gradient: FixtureMatrix
    }

    struct File: Decodable { var cases: [Case] }

    static let names = [
        "ce", "ce_smoothing_0", "ce_smoothing_0.1", "ce_weights", "ce_weights_smoothing", "ce_batch1",
        "bce", "bce_pos_weight", "bce_large_logits", "mse", "huber", "huber_delta_0.5",
    ]

    static func loss(_ options: Options) throws -> any Loss {
        switch options.kind {
        case "cross_entropy":
            return try CrossEntropyLoss(classWeights: options.weights, labelSmoothing: options.label_smoothing ?? 0)
        case "bce_with_logits": return try BinaryCrossEntropyWithLogitsLoss(positiveWeight: options.pos_weight)
        case "mse": return MeanSquaredErrorLoss()
        case "huber": return try HuberLoss(delta: options.delta ?? 1)
        default: throw TrainingError(.invalidSpec, "fixture loss \(options.kind)")
        }
    }

    @Test func fixtureHasEveryCase() throws {
        #expect(try TorchFixture.load("torch_losses.json", as: File.self).cases.map(\.name) == Self.names)
    }

    @Test(arguments: names)
    func valueAndGradientMatchTorch(name: String) throws {
        let file = try TorchFixture.load("torch_losses.json", as: File.self)
        let fixture = try #require(file.cases.first { $0.name == name })
        let loss = try Self.loss(fixture.options)
        #expect(loss.name == fixture.options.kind)
        var gradient = Matrix(rows: 0, columns: 0)
        let value = try loss.evaluate(
            output: try fixture.output.matrix, targets: try fixture.targets.matrix,
            gradient: &gradient)
        #expect(abs(value - fixture.loss) <= 1e-6 * max(1, abs(fixture.loss)), "\(name): \(value) vs \(fixture.loss)")
        #expect(gradient.rows == fixture.gradient.rows && gradient.columns == fixture.gradient.columns)
        TorchFixture.expectClose(gradient.values, fixture.gradient.values, rtol: 1e-5, atol: 1e-7, "\(name) gradient")
        let valueOnly = try loss.value(output: try fixture.output.matrix, targets: try fixture.targets.matrix)
        #expect(valueOnly == value)
    }

    @Test func integerLabelsGiveTheSameAsMatrixTargets() throws {
        let file = try TorchFixture.load("torch_losses.json", as: File.self)
        let fixture = try #require(file.cases.first { $0.name == "ce_weights_smoothing" })
        let loss = try Self.loss(fixture.options)
        let ce = try #require(loss as? CrossEntropyLoss)
        var gradient = Matrix(rows: 0, columns: 0)
        let value = try ce.evaluate(
            output: try fixture.output.matrix, classes: fixture.targets.values.map { Int($0) }, gradient: &gradient)
        #expect(abs(value - fixture.loss) <= 1e-6 * abs(fixture.loss))
    }
}
