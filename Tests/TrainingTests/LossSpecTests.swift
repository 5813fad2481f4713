import Foundation
import Tensors
import Testing

@testable import Training

/// Parsing loss specs from CLI strings.
@Suite struct LossSpecTests {
    @Test func parsesTorchKeys() throws {
        let ce = try LossSpec(parsing: "cross_entropy:label_smoothing=0.1,weight=1/2/0.5")
        #expect(ce.kind == .crossEntropy && ce.labelSmoothing == 0.1 && ce.classWeights == [1, 2, 0.5])
        let loss = try #require(try ce.makeLoss() as? CrossEntropyLoss)
        #expect(loss.labelSmoothing == 0.1 && loss.classWeights == [1, 2, 0.5])
        #expect(try LossSpec(parsing: "bce_with_logits:pos_weight=3").positiveWeight == [3])
        #expect(try LossSpec(parsing: "huber:delta=0.5").makeLoss().name == "huber")
        #expect(try LossSpec(parsing: "mse").makeLoss() is MeanSquaredErrorLoss)
    }

    @Test(arguments: [
        "cross_entropy", "cross_entropy:label_smoothing=0.2,weight=1.0/3.0", "bce_with_logits:pos_weight=2.0",
        "mse", "huber:delta=0.25",
    ])
    func descriptionParsesBack(text: String) throws {
        let spec = try LossSpec(parsing: text)
        #expect(try LossSpec(parsing: spec.description) == spec)
        #expect(try spec.makeLoss().name == spec.kind.rawValue)
    }

    @Test func errorsNameKeyAndValue() throws {
        #expect(throws: TrainingError.self) { try LossSpec(parsing: "crossentropy") }
        do {
            _ = try LossSpec(parsing: "cross_entropy:label_smothing=0.1")
            Issue.record("expected an error")
        } catch let error as TrainingError {
            #expect(error.code == .unknownKey && error.message.contains("did you mean 'label_smoothing'"))
        }
        do {
            _ = try LossSpec(parsing: "huber:delta=-1")
            Issue.record("expected an error")
        } catch let error as TrainingError {
            #expect(error.code == .invalidValue && error.message.contains("delta=-1"))
        }
        #expect(throws: TrainingError.self) { try LossSpec(parsing: "mse:delta=1") }
        #expect(throws: TrainingError.self) { try LossSpec(parsing: "cross_entropy:weight=1/x") }
    }

    @Test func suggestedLossFollowsThePreset() throws {
        #expect(LossSpec.suggested(for: try ModelSpec(parsing: "softmax"), outputs: 3).kind == .crossEntropy)
        #expect(
            LossSpec.suggested(for: try ModelSpec(parsing: "logistic"), outputs: 1).kind
                == .binaryCrossEntropyWithLogits)
        #expect(LossSpec.suggested(for: try ModelSpec(parsing: "linear"), outputs: 1).kind == .meanSquaredError)
    }
}
