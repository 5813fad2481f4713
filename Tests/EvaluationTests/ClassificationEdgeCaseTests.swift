import Foundation
import Testing

@testable import Evaluation

@Suite("Classification edge cases")
struct ClassificationEdgeCaseTests {
    @Test("empty input throws emptyInput") func emptyInput() {
        #expect(throwsCode(.emptyInput) { try ClassificationMetrics.accuracy(labels: [], predictions: []) })
        #expect(throwsCode(.emptyInput) { try ClassificationMetrics.rocAUC(labels: [], scores: []) })
        #expect(throwsCode(.emptyInput) { try ClassProbabilities(rowMajor: [], classCount: 2) })
        #expect(throwsCode(.emptyInput) { try RegressionMetrics.meanSquaredError(targets: [], predictions: []) })
    }

    @Test("length mismatch throws lengthMismatch") func lengthMismatch() {
        #expect(throwsCode(.lengthMismatch) { try ClassificationMetrics.accuracy(labels: [0, 1], predictions: [0]) })
        #expect(throwsCode(.lengthMismatch) { try ClassProbabilities(rowMajor: [0.5, 0.5, 1], classCount: 2) })
    }

    @Test("NaN input throws nonFiniteValue") func nanInput() {
        #expect(
            throwsCode(.nonFiniteValue) {
                try ClassificationMetrics.rocAUC(labels: [0, 1], scores: [0.2, .nan])
            })
        #expect(throwsCode(.nonFiniteValue) { try ClassProbabilities(positiveProbabilities: [0.3, .nan]) })
        #expect(
            throwsCode(.nonFiniteValue) {
                try RegressionMetrics.r2(targets: [1, 2], predictions: [1, .infinity])
            })
    }

    @Test("probabilities outside [0, 1] or not summing to 1 throw outOfRange") func badProbabilities() {
        #expect(throwsCode(.outOfRange) { try ClassProbabilities(positiveProbabilities: [1.2]) })
        #expect(throwsCode(.outOfRange) { try ClassProbabilities(rows: [[0.5, 0.6]]) })
        #expect(
            throwsCode(.outOfRange) {
                try ClassificationMetrics.logLoss(labels: [2], probabilities: ClassProbabilities(rows: [[0.5, 0.5]]))
            })
    }

    @Test("one class present: ROC AUC and average precision throw undefinedMetric") func oneClass() {
        #expect(
            throwsCode(.undefinedMetric) { try ClassificationMetrics.rocAUC(labels: [0, 0, 0], scores: [1, 2, 3]) })
        #expect(
            throwsCode(.undefinedMetric) {
                try ClassificationMetrics.averagePrecision(labels: [0, 0], scores: [0.1, 0.9])
            })
    }

    @Test("binary averaging with three classes throws invalidArgument") func binaryThreeClasses() {
        #expect(
            throwsCode(.invalidArgument) {
                try ClassificationMetrics.precisionRecallF1(
                    labels: [0, 1, 2], predictions: [0, 1, 2], averaging: .binary(positiveClass: 1))
            })
    }

    @Test("perfect predictions: every score is 1, log loss is the clipping floor") func perfect() throws {
        let labels = [0, 1, 1, 0]
        let result = try ClassificationMetrics.precisionRecallF1(labels: labels, predictions: labels, averaging: .macro)
        #expect(result.precision == 1 && result.recall == 1 && result.f1 == 1)
        #expect(try ClassificationMetrics.rocAUC(labels: labels, scores: [0, 1, 1, 0]) == 1)
        let loss = try ClassificationMetrics.logLoss(labels: labels, positiveProbabilities: [0, 1, 1, 0])
        #expect(close(loss, -log1p(-Double.ulpOfOne)))
    }

    @Test("ClassProbabilities decoding re-validates") func decodingValidates() throws {
        let json = #"{"values":[0.2,0.9],"classCount":2}"#
        #expect(
            throwsCode(.outOfRange) {
                try JSONDecoder().decode(ClassProbabilities.self, from: Data(json.utf8))
            })
    }
}
