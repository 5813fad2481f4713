import Foundation
import Tensors
import Testing

@testable import Training

/// Losses on bad or unusual input: errors with a code, NaN propagation, degenerate batches.
@Suite struct LossEdgeCaseTests {
    func expectError(
        _ code: TrainingError.Code, _ body: () throws -> Void, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        do {
            try body()
            Issue.record("expected \(code)", sourceLocation: sourceLocation)
        } catch let error as TrainingError {
            #expect(error.code == code, "\(error)", sourceLocation: sourceLocation)
            #expect(!error.message.isEmpty, sourceLocation: sourceLocation)
        } catch {
            Issue.record("unexpected \(error)", sourceLocation: sourceLocation)
        }
    }

    @Test func crossEntropyWithOneClassIsAnError() throws {
        let output = try Matrix([[0.3], [1.2]])
        let targets = try Matrix([[0], [0]])
        var gradient = Matrix(rows: 0, columns: 0)
        expectError(.shapeMismatch) {
            _ = try CrossEntropyLoss().evaluate(output: output, targets: targets, gradient: &gradient)
        }
    }

    @Test func crossEntropyRejectsBadClassIndices() throws {
        let output = try Matrix([[0.3, 0.1], [1.2, -1]])
        var gradient = Matrix(rows: 0, columns: 0)
        for bad: Float in [2, -1, 0.5, .nan, .infinity] {
            let targets = try Matrix([[0], [bad]])
            expectError(.invalidTarget) {
                _ = try CrossEntropyLoss().evaluate(output: output, targets: targets, gradient: &gradient)
            }
        }
        expectError(.shapeMismatch) {
            _ = try CrossEntropyLoss().evaluate(output: output, targets: try Matrix([[0]]), gradient: &gradient)
        }
        expectError(.shapeMismatch) {
            _ = try CrossEntropyLoss(classWeights: [1, 2, 3]).evaluate(
                output: output, targets: try Matrix([[0], [1]]), gradient: &gradient)
        }
    }

    @Test func invalidLossSettingsAreErrors() {
        expectError(.invalidValue) { _ = try CrossEntropyLoss(labelSmoothing: 1.5) }
        expectError(.invalidValue) { _ = try CrossEntropyLoss(classWeights: [1, -1]) }
        expectError(.invalidValue) { _ = try BinaryCrossEntropyWithLogitsLoss(positiveWeight: [.nan]) }
        expectError(.invalidValue) { _ = try HuberLoss(delta: 0) }
    }

    @Test func emptyBatchIsAnError() throws {
        let empty = Matrix(rows: 0, columns: 2)
        var gradient = Matrix(rows: 0, columns: 0)
        expectError(.invalidValue) {
            _ = try CrossEntropyLoss().evaluate(
                output: empty, targets: Matrix(rows: 0, columns: 1), gradient: &gradient)
        }
        expectError(.invalidValue) {
            _ = try MeanSquaredErrorLoss().evaluate(output: empty, targets: empty, gradient: &gradient)
        }
    }

    @Test func elementwiseLossesNeedMatchingShapes() throws {
        var gradient = Matrix(rows: 0, columns: 0)
        let output = try Matrix([[1, 2], [3, 4]])
        let targets = try Matrix([[1], [2]])
        expectError(.shapeMismatch) {
            _ = try MeanSquaredErrorLoss().evaluate(output: output, targets: targets, gradient: &gradient)
        }
        expectError(.shapeMismatch) {
            _ = try HuberLoss().evaluate(output: output, targets: targets, gradient: &gradient)
        }
        expectError(.shapeMismatch) {
            _ = try BinaryCrossEntropyWithLogitsLoss().evaluate(output: output, targets: targets, gradient: &gradient)
        }
        expectError(.shapeMismatch) {
            _ = try BinaryCrossEntropyWithLogitsLoss(positiveWeight: [1, 2, 3]).evaluate(
                output: output, targets: output, gradient: &gradient)
        }
    }

    @Test func nanOutputGivesNaNLossNotACrash() throws {
        var gradient = Matrix(rows: 0, columns: 0)
        let logits = try Matrix([[0.5, .nan], [1, 2]])
        #expect(
            try CrossEntropyLoss().evaluate(output: logits, targets: try Matrix([[0], [1]]), gradient: &gradient).isNaN)
        #expect(try CrossEntropyLoss(labelSmoothing: 0.1).value(output: logits, targets: try Matrix([[0], [1]])).isNaN)
        let targets = try Matrix([[1, 0], [0, 1]])
        #expect(try BinaryCrossEntropyWithLogitsLoss().value(output: logits, targets: targets).isNaN)
        #expect(try MeanSquaredErrorLoss().value(output: logits, targets: targets).isNaN)
        #expect(try HuberLoss().evaluate(output: logits, targets: targets, gradient: &gradient).isNaN)
        #expect(gradient[0, 1].isNaN)
    }

    @Test func nanFeaturesFlowThroughTheModelToANaNLoss() throws {
        var model = try Sequential.mlp(inputs: 2, hidden: [3], outputs: 2, seed: 2)
        let logits = try model.forward(try Matrix([[.nan, 1], [0, 1]]))
        var gradient = Matrix(rows: 0, columns: 0)
        let value = try CrossEntropyLoss().evaluate(
            output: logits, targets: try Matrix([[0], [1]]), gradient: &gradient)
        #expect(value.isNaN)
        try model.backward(gradient)
        #expect(model.parameters[0].gradient.values.contains { $0.isNaN })
    }

    @Test func perfectPredictionsHaveZeroRegressionLoss() throws {
        var gradient = Matrix(rows: 0, columns: 0)
        let y = try Matrix([[1.5, -2]])
        #expect(try MeanSquaredErrorLoss().evaluate(output: y, targets: y, gradient: &gradient) == 0)
        #expect(gradient.values == [0, 0])
        #expect(try HuberLoss(delta: 0.3).value(output: y, targets: y) == 0)
    }
}
