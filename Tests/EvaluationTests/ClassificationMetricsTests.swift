import Testing

@testable import Evaluation

/// One case of `Fixtures/evaluation_classification.json`
/// (scikit-learn 1.9.1, scripts/fixtures/evaluation_classification.py).
struct ClassificationCase: Decodable, CustomTestStringConvertible, Sendable {
    struct Scores: Decodable, Sendable {
        let precision: [Double?]
        let recall: [Double?]
        let f1: [Double?]
        let support: [Int]
    }
    struct Averaged: Decodable, Sendable {
        let average: String
        let zeroDivision: String
        let precision: Double?
        let recall: Double?
        let f1: Double?
    }
    let name: String
    let classCount: Int
    let labels: [Int]
    let predictions: [Int]
    let probabilities: [Double]
    let accuracy: Double
    let balancedAccuracy: Double
    let confusionClasses: [Int]
    let confusionMatrix: [[Int]]
    let logLoss: Double
    let brier: Double
    let perClass: [String: Scores]
    let averaged: [Averaged]
    let rocAUC: Double?
    let averagePrecision: Double?

    var testDescription: String { name }

    static let all: [ClassificationCase] = {
        struct File: Decodable { let cases: [ClassificationCase] }
        return (try? Fixture.load("evaluation_classification.json", as: File.self).cases) ?? []
    }()

    func probabilityMatrix() throws -> ClassProbabilities {
        try ClassProbabilities(rowMajor: probabilities, classCount: classCount)
    }
}

@Suite("Classification metrics against scikit-learn (tolerance 1e-9)")
struct ClassificationMetricsTests {
    @Test("fixtures load") func fixturesLoad() {
        #expect(ClassificationCase.all.count >= 10)
    }

    @Test("accuracy, balanced accuracy, confusion matrix", arguments: ClassificationCase.all)
    func counts(_ c: ClassificationCase) throws {
        #expect(close(try ClassificationMetrics.accuracy(labels: c.labels, predictions: c.predictions), c.accuracy))
        #expect(
            close(
                try ClassificationMetrics.balancedAccuracy(labels: c.labels, predictions: c.predictions),
                c.balancedAccuracy))
        let matrix = try ClassificationMetrics.confusionMatrix(labels: c.labels, predictions: c.predictions)
        #expect(matrix.classes == c.confusionClasses)
        #expect(matrix.counts == c.confusionMatrix)
    }

    @Test("per-class precision, recall, F1 for each zero_division", arguments: ClassificationCase.all)
    func perClass(_ c: ClassificationCase) throws {
        for zero in ZeroDivision.allCases {
            let expected = try #require(c.perClass[zero.rawValue])
            let scores = try ClassificationMetrics.classScores(
                labels: c.labels, predictions: c.predictions, zeroDivision: zero)
            #expect(close(scores.map(\.precision), expected.precision), "\(zero)")
            #expect(close(scores.map(\.recall), expected.recall), "\(zero)")
            #expect(close(scores.map(\.f1), expected.f1), "\(zero)")
            #expect(scores.map(\.support) == expected.support)
        }
    }

    @Test("macro, micro, weighted and binary averages", arguments: ClassificationCase.all)
    func averages(_ c: ClassificationCase) throws {
        for row in c.averaged {
            let averaging: Averaging =
                switch row.average {
                case "macro": .macro
                case "micro": .micro
                case "weighted": .weighted
                default: .binary(positiveClass: 1)
                }
            let zero = try #require(ZeroDivision(rawValue: row.zeroDivision))
            let result = try ClassificationMetrics.precisionRecallF1(
                labels: c.labels, predictions: c.predictions, averaging: averaging, zeroDivision: zero)
            #expect(close(result.precision, row.precision), "\(row.average) \(row.zeroDivision)")
            #expect(close(result.recall, row.recall), "\(row.average) \(row.zeroDivision)")
            #expect(close(result.f1, row.f1), "\(row.average) \(row.zeroDivision)")
        }
    }

    @Test("log loss with scikit-learn's eps clipping", arguments: ClassificationCase.all)
    func logLoss(_ c: ClassificationCase) throws {
        let loss = try ClassificationMetrics.logLoss(labels: c.labels, probabilities: c.probabilityMatrix())
        #expect(close(loss, c.logLoss))
        if c.classCount == 2 {
            let positive = try c.probabilityMatrix().column(1)
            #expect(
                close(try ClassificationMetrics.logLoss(labels: c.labels, positiveProbabilities: positive), c.logLoss))
        }
    }

    @Test("ROC AUC (binary and one-vs-rest macro) and average precision", arguments: ClassificationCase.all)
    func ranking(_ c: ClassificationCase) throws {
        let probabilities = try c.probabilityMatrix()
        if let auc = c.rocAUC {
            #expect(close(try ClassificationMetrics.rocAUC(labels: c.labels, probabilities: probabilities), auc))
        } else {
            #expect(
                throwsCode(.undefinedMetric) {
                    try ClassificationMetrics.rocAUC(labels: c.labels, probabilities: probabilities)
                })
        }
        guard c.classCount == 2 else { return }
        let scores = probabilities.column(1)
        if let auc = c.rocAUC {
            #expect(close(try ClassificationMetrics.rocAUC(labels: c.labels, scores: scores), auc))
        }
        if let ap = c.averagePrecision {
            #expect(close(try ClassificationMetrics.averagePrecision(labels: c.labels, scores: scores), ap))
        } else {
            #expect(
                throwsCode(.undefinedMetric) {
                    try ClassificationMetrics.averagePrecision(labels: c.labels, scores: scores)
                })
        }
    }

    @Test("Brier score (binary and multiclass)", arguments: ClassificationCase.all)
    func brier(_ c: ClassificationCase) throws {
        let probabilities = try c.probabilityMatrix()
        #expect(close(try Calibration.brierScore(labels: c.labels, probabilities: probabilities), c.brier))
        if c.classCount == 2 {
            let positive = probabilities.column(1)
            #expect(close(try Calibration.brierScore(labels: c.labels, positiveProbabilities: positive), c.brier))
        }
    }
}
