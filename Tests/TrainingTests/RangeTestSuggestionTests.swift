import Foundation
import Testing

@testable import Training

/// fastai's `lr_find` pipeline (smoothing, divergence stop, window, valley/minimum/steep) against a float64
/// transcription of fastai's code: scripts/fixtures/training_lr_finder.py → Fixtures/training_lr_finder.json.
struct RangeTestSuggestionTests {
    struct Case: Decodable {
        var name: String
        var raw: [Double?]
        var startLr: Double
        var endLr: Double
        var numIt: Int
        var rates: [Double]
        var smoothed: [Double?]
        var windowStart: Int
        var windowCount: Int
        var valley: Double?
        var valleyIndex: Int?
        var minimum: Double?
        var minimumIndex: Int?
        var steep: Double?
        var steepIndex: Int?
    }

    struct Fixture: Decodable { var cases: [Case] }

    static let fixture: Fixture = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/training_lr_finder.json")
        // A missing fixture is a test failure below (no cases), not a crash.
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        guard let data = try? Data(contentsOf: url), let fixture = try? decoder.decode(Fixture.self, from: data)
        else { return Fixture(cases: []) }
        return fixture
    }()

    static var caseNames: [String] { fixture.cases.map(\.name) }

    @Test func fixtureHasAllCurves() {
        #expect(Self.fixture.cases.count == 5)
    }

    @Test(arguments: caseNames)
    func recorderMatchesFastai(name: String) throws {
        let reference = try #require(Self.fixture.cases.first { $0.name == name })
        var recorder = try RangeTestRecorder(
            minRate: reference.startLr, maxRate: reference.endLr, numSteps: reference.numIt)
        for loss in reference.raw where !recorder.isFinished { recorder.record(loss: loss ?? .nan) }
        #expect(recorder.rates.count == reference.rates.count, "stop step")
        for (ours, theirs) in zip(recorder.rates, reference.rates) {
            #expect(abs(ours - theirs) <= 1e-12 * theirs)
        }
        for (ours, theirs) in zip(recorder.losses, reference.smoothed) {
            if let theirs { #expect(abs(ours - theirs) <= 1e-12 * max(1, abs(theirs))) } else { #expect(ours.isNaN) }
        }
        let window = recorder.suggestionWindow
        #expect(window.lowerBound == reference.windowStart)
        #expect(window.count == reference.windowCount)
        let suggestions = try #require(recorder.suggestions)
        // Rates are picked from the same grid, so agreement is exact up to pow rounding.
        #expect(abs(suggestions.valley - reference.valley!) <= 1e-12 * reference.valley!)
        #expect(abs(suggestions.minimum - reference.minimum!) <= 1e-12 * reference.minimum!)
        #expect(abs(suggestions.steep - reference.steep!) <= 1e-12 * reference.steep!)
        let windowLosses = Array(recorder.losses[window])
        #expect(RateSuggestions.valleyIndex(windowLosses) == reference.valleyIndex)
        #expect(RateSuggestions.minimumIndex(windowLosses) == reference.minimumIndex)
        #expect(
            RateSuggestions.steepIndex(rates: Array(recorder.rates[window]), losses: windowLosses)
                == reference.steepIndex)
    }

    @Test func divergentCurveStopsEarly() throws {
        let reference = try #require(Self.fixture.cases.first { $0.name == "classic_divergent" })
        var recorder = try RangeTestRecorder(minRate: reference.startLr, maxRate: reference.endLr, numSteps: 100)
        for loss in reference.raw where !recorder.isFinished { recorder.record(loss: loss ?? .nan) }
        #expect(recorder.diverged)
        #expect(recorder.rates.count < 100)
    }

    @Test func suggestionsNeedTwoPoints() {
        #expect(RateSuggestions(rates: [0.1], losses: [1]) == nil)
        #expect(RateSuggestions(rates: [], losses: []) == nil)
        let two = RateSuggestions(rates: [0.01, 0.1], losses: [2, 1])
        #expect(two?.steep == 0.01)
        #expect(two?.minimum == 0.01)
    }

    @Test func windowIsEmptyForShortSweeps() throws {
        var recorder = try RangeTestRecorder(minRate: 1e-5, maxRate: 1, numSteps: 100)
        for loss in [1.0, 0.9, 0.8] { recorder.record(loss: loss) }
        #expect(recorder.suggestionWindow.isEmpty)
        #expect(recorder.suggestions == nil)
    }

    @Test func invalidSweepsAreRejected() {
        #expect(throws: TrainingError.self) { try RangeTestRecorder(minRate: 0, maxRate: 1, numSteps: 100) }
        #expect(throws: TrainingError.self) { try RangeTestRecorder(minRate: 1, maxRate: 0.1, numSteps: 100) }
        #expect(throws: TrainingError.self) { try RangeTestRecorder(minRate: 1e-7, maxRate: 1, numSteps: 1) }
        #expect(throws: TrainingError.self) { try RangeTestRecorder(minRate: .nan, maxRate: 1, numSteps: 10) }
    }

    @Test func smoothedLossStartsAtFirstLoss() {
        var smooth = SmoothedLoss()
        #expect(smooth.value == nil)
        #expect(smooth.add(3) == 3)
        // Second value: (0.98·0.02·3 + 0.02·5) / (1 − 0.98²), the bias-corrected EMA formula.
        let expected = (0.98 * 0.02 * 3 + 0.02 * 5) / (1 - 0.98 * 0.98)
        #expect(abs(smooth.add(5) - expected) < 1e-12)
    }
}
