import Foundation
import Testing

@testable import Evaluation

/// `Fixtures/evaluation_calibration.json` (scripts/fixtures/evaluation_calibration.py: scikit-learn 1.9.1
/// `calibration_curve`; top-label ECE/MCE by the numpy formula; temperature by scipy 1.17 `brentq`).
struct CalibrationFixture: Decodable, Sendable {
    struct Bin: Decodable, Sendable {
        let lower: Double
        let upper: Double
        let count: Int
        let meanConfidence: Double
        let accuracy: Double
    }
    struct Diagram: Decodable, Sendable {
        let binCount: Int
        let strategy: String
        let bins: [Bin]
        let ece: Double
        let mce: Double
    }
    struct Temperature: Decodable, Sendable {
        let temperature: Double
        let nllBefore: Double
        let nllAfter: Double
        let eceBefore: Double
        let eceAfter: Double
        let accuracy: Double
    }
    struct Classifier: Decodable, CustomTestStringConvertible, Sendable {
        let name: String
        let classCount: Int
        let labels: [Int]
        let logits: [Double]
        let diagrams: [Diagram]
        let temperature: Temperature
        var testDescription: String { name }
    }
    struct Curve: Decodable, CustomTestStringConvertible, Sendable {
        let name: String
        let labels: [Int]
        let probabilities: [Double]
        let binCount: Int
        let strategy: String
        let fractionOfPositives: [Double]
        let meanPredictedProbability: [Double]
        var testDescription: String { name }
    }
    let classifiers: [Classifier]
    let curves: [Curve]

    static let shared: CalibrationFixture? = try? Fixture.load("evaluation_calibration.json")
}

@Suite("Calibration against scikit-learn / numpy / scipy (tolerance 1e-9; temperature 1e-8)")
struct CalibrationTests {
    @Test("fixtures load") func fixturesLoad() {
        #expect(CalibrationFixture.shared?.classifiers.count == 3)
        #expect(CalibrationFixture.shared?.curves.count == 8)
    }

    @Test(
        "top-label reliability bins, ECE and MCE (uniform and equal-mass)",
        arguments: CalibrationFixture.shared?.classifiers ?? [])
    func reliability(_ c: CalibrationFixture.Classifier) throws {
        let probabilities = try TemperatureScaling.softmax(logits: c.logits, classCount: c.classCount)
        for expected in c.diagrams {
            let strategy = try #require(BinningStrategy(rawValue: expected.strategy))
            let diagram = try Calibration.reliabilityDiagram(
                labels: c.labels, probabilities: probabilities, binCount: expected.binCount, strategy: strategy)
            #expect(
                diagram.bins.map(\.count) == expected.bins.map(\.count), "\(expected.strategy) \(expected.binCount)")
            #expect(close(diagram.bins.map(\.lower), expected.bins.map(\.lower)))
            #expect(close(diagram.bins.map(\.upper), expected.bins.map(\.upper)))
            #expect(close(diagram.bins.map(\.meanConfidence), expected.bins.map(\.meanConfidence)))
            #expect(close(diagram.bins.map(\.accuracy), expected.bins.map(\.accuracy)))
            #expect(close(diagram.expectedCalibrationError, expected.ece))
            #expect(close(diagram.maximumCalibrationError, expected.mce))
            #expect(
                close(
                    try Calibration.expectedCalibrationError(
                        labels: c.labels, probabilities: probabilities, binCount: expected.binCount,
                        strategy: strategy), expected.ece))
        }
    }

    @Test(
        "calibration_curve parity (uniform and quantile, values on bin edges)",
        arguments: CalibrationFixture.shared?.curves ?? [])
    func calibrationCurve(_ c: CalibrationFixture.Curve) throws {
        let curve = try Calibration.calibrationCurve(
            labels: c.labels, positiveProbabilities: c.probabilities, binCount: c.binCount,
            strategy: try #require(BinningStrategy(rawValue: c.strategy)))
        #expect(close(curve.fractionOfPositives, c.fractionOfPositives))
        #expect(close(curve.meanPredictedProbability, c.meanPredictedProbability))
    }

    @Test(
        "temperature scaling: T, NLL and ECE before/after, accuracy unchanged",
        arguments: CalibrationFixture.shared?.classifiers ?? [])
    func temperature(_ c: CalibrationFixture.Classifier) throws {
        let fit = try TemperatureScaling.fit(logits: c.logits, classCount: c.classCount, labels: c.labels)
        let expected = c.temperature
        #expect(close(fit.temperature, expected.temperature, 1e-8))
        #expect(close(fit.negativeLogLikelihoodBefore, expected.nllBefore))
        #expect(close(fit.negativeLogLikelihoodAfter, expected.nllAfter))
        #expect(close(fit.expectedCalibrationErrorBefore, expected.eceBefore))
        #expect(close(fit.expectedCalibrationErrorAfter, expected.eceAfter, 1e-7))
        #expect(close(fit.accuracy, expected.accuracy))
        let scaled = try fit.probabilities(logits: c.logits, classCount: c.classCount)
        let before = try TemperatureScaling.softmax(logits: c.logits, classCount: c.classCount)
        #expect(scaled.predictedClasses == before.predictedClasses)
        let decoded = try JSONDecoder().decode(TemperatureScaling.self, from: JSONEncoder().encode(fit))
        #expect(decoded == fit)
    }
}

@Suite("Calibration edge cases")
struct CalibrationEdgeCaseTests {
    @Test("empty input throws emptyInput") func empty() {
        #expect(throwsCode(.emptyInput) { try Calibration.reliabilityDiagram(confidences: [], outcomes: []) })
        #expect(throwsCode(.emptyInput) { try TemperatureScaling.fit(logits: [], classCount: 2, labels: []) })
    }

    @Test("NaN logits or confidences throw nonFiniteValue") func nan() {
        #expect(
            throwsCode(.nonFiniteValue) {
                try Calibration.reliabilityDiagram(confidences: [0.4, .nan], outcomes: [true, false])
            })
        #expect(
            throwsCode(.nonFiniteValue) {
                try TemperatureScaling.fit(logits: [0, .nan], classCount: 2, labels: [0])
            })
    }

    @Test("zero bins throws invalidArgument") func zeroBins() {
        #expect(
            throwsCode(.invalidArgument) {
                try Calibration.reliabilityDiagram(confidences: [0.5], outcomes: [true], binCount: 0)
            })
    }

    @Test("perfect confident predictions: ECE is 0, temperature clamps to the lower bound") func perfect() throws {
        let logits = [10.0, -10, -10, 10, 10, -10]
        let labels = [0, 1, 0]
        let fit = try TemperatureScaling.fit(logits: logits, classCount: 2, labels: labels)
        #expect(fit.temperature == TemperatureScaling.temperatureRange.lowerBound)
        #expect(fit.accuracy == 1)
        #expect(fit.expectedCalibrationErrorAfter < 1e-12)
        #expect(fit.negativeLogLikelihoodAfter <= fit.negativeLogLikelihoodBefore)
    }

    @Test("one class present: reliability bins still computed") func oneClass() throws {
        let diagram = try Calibration.reliabilityDiagram(
            labels: [1, 1, 1], probabilities: ClassProbabilities(positiveProbabilities: [0.9, 0.8, 0.95]),
            binCount: 2)
        #expect(diagram.bins.map(\.count) == [3])
        #expect(diagram.bins[0].accuracy == 1)
    }
}
