import Foundation
import Testing

@testable import Evaluation

@Suite("Curve analysis")
struct CurveAnalysisTests {
    /// A decaying loss 2·exp(−step/50) + 0.1 over steps 0, 10, …, 300.
    static func decayingLoss(spikesAt: Set<Int> = []) throws -> MetricSeries {
        try MetricSeries(
            points: stride(from: 0, through: 300, by: 10).map { step in
                let base = 2 * exp(-Double(step) / 50) + 0.1
                return MetricPoint(
                    step: step, value: spikesAt.contains(step) ? base * 5 : base, samples: step * 32,
                    seconds: Double(step) / 4)
            })
    }

    @Test("area under the curve equals numpy.trapezoid (1e-12)", arguments: StatisticsFixture.shared?.curves ?? [])
    func area(_ c: StatisticsFixture.Curve) throws {
        let series = try MetricSeries(steps: c.steps, values: c.values)
        #expect(close(series.areaUnderCurve(normalised: false), c.area, 1e-12))
        #expect(close(series.areaUnderCurve(), c.normalisedArea, 1e-12))
    }

    @Test("steps, samples and seconds to reach a target (≤ for loss, ≥ for accuracy)") func reach() throws {
        let loss = try Self.decayingLoss()
        let target = 2 * exp(-100.0 / 50) + 0.1  // the value at step 100 exactly
        let reached = try #require(loss.firstReach(target: target, goal: .minimize))
        #expect(reached.step == 100 && reached.samples == 3200 && reached.seconds == 25)
        #expect(loss.firstReach(target: 0.05, goal: .minimize) == nil)
        let accuracy = try MetricSeries(steps: [0, 5, 9], values: [0.5, 0.9, 0.8])
        #expect(accuracy.firstReach(target: 0.85, goal: .maximize)?.step == 5)
        #expect(accuracy.best(goal: .maximize).step == 5 && accuracy.final.value == 0.8)
        #expect(loss.best(goal: .minimize).step == 300)
    }

    @Test("one point: normalised area is its value") func onePoint() throws {
        let series = try MetricSeries(steps: [7], values: [0.25])
        #expect(series.areaUnderCurve() == 0.25 && series.areaUnderCurve(normalised: false) == 0)
    }

    @Test("spikes: injected 5× jumps are found, consecutive points merge, smooth curve has none")
    func spikes() throws {
        #expect(try Self.decayingLoss().spikes().isEmpty)
        let spiky = try Self.decayingLoss(spikesAt: [80, 200, 210])
        let found = try spiky.spikes(factor: 2, window: 10)
        #expect(found.map(\.step) == [80, 200])
        #expect(found.map(\.length) == [1, 2])
        #expect(throwsCode(.invalidArgument) { try spiky.spikes(factor: 1) })
    }

    @Test("plateaus: a flat stretch is found and merged, a decaying stretch is not") func plateaus() throws {
        let falling: [Double] = (0..<10).map { 1.0 - Double($0) * 0.1 }
        let flat: [Double] = Array(repeating: 0.1, count: 8)
        let fallingAgain: [Double] = (0..<5).map { 0.1 - Double($0 + 1) * 0.015 }
        let values = falling + flat + fallingAgain
        let series = try MetricSeries(steps: Array(values.indices), values: values)
        let found = try series.plateaus(window: 3, threshold: 0.01)
        #expect(found.count == 1)
        #expect(found.first?.startStep == 9 && found.first?.endStep == 17 && found.first?.pointCount == 9)
        #expect(throwsCode(.invalidArgument) { try series.plateaus(window: 0) })
    }

    @Test("empty series, NaN value and unsorted steps throw") func invalidSeries() {
        #expect(throwsCode(.emptyInput) { try MetricSeries(points: []) })
        #expect(throwsCode(.nonFiniteValue) { try MetricSeries(steps: [0, 1], values: [1, .nan]) })
        #expect(throwsCode(.invalidArgument) { try MetricSeries(steps: [0, 0], values: [1, 2]) })
        #expect(
            throwsCode(.invalidArgument) {
                try JSONDecoder().decode(
                    MetricSeries.self, from: Data(#"{"points":[{"step":3,"value":1},{"step":1,"value":2}]}"#.utf8))
            })
    }
}

@Suite("Generalization gap diagnosis")
struct GeneralizationGapTests {
    static let steps = Array(stride(from: 0, through: 100, by: 10))

    @Test("overfit: validation turns up while training keeps improving") func overfit() throws {
        let train = try MetricSeries(steps: Self.steps, values: Self.steps.map { 1 / (1 + Double($0) / 10) })
        let validation = try MetricSeries(
            steps: Self.steps, values: Self.steps.map { 0.5 + pow((Double($0) - 40) / 100, 2) })
        let gap = GeneralizationGap(train: train, validation: validation)
        #expect(gap.diagnosis == .overfit)
        #expect(gap.validationBest.step == 40)
        #expect(gap.explanation.hasPrefix("overfit"))
    }

    @Test("underfit: training still improving fast at the end") func underfit() throws {
        let train = try MetricSeries(steps: Self.steps, values: Self.steps.map { 2 - Double($0) / 100 })
        let validation = try MetricSeries(steps: Self.steps, values: Self.steps.map { 2.05 - Double($0) / 100 })
        let gap = GeneralizationGap(train: train, validation: validation)
        #expect(gap.diagnosis == .underfit)
        #expect(close(gap.gap, 0.05))
    }

    @Test("underfit: target not reached; good fit: converged with a small gap") func targetAndGoodFit() throws {
        let train = try MetricSeries(steps: Self.steps, values: Self.steps.map { 0.3 + exp(-Double($0) / 5) })
        let validation = try MetricSeries(steps: Self.steps, values: Self.steps.map { 0.32 + exp(-Double($0) / 5) })
        #expect(GeneralizationGap(train: train, validation: validation).diagnosis == .goodFit)
        #expect(GeneralizationGap(train: train, validation: validation, target: 0.1).diagnosis == .underfit)
    }

    @Test("accuracy curves (maximize): validation far below training is overfit") func maximize() throws {
        let train = try MetricSeries(steps: [0, 1, 2], values: [0.9, 0.99, 1.0])
        let validation = try MetricSeries(steps: [0, 1, 2], values: [0.6, 0.6, 0.6])
        let gap = GeneralizationGap(train: train, validation: validation, goal: .maximize)
        #expect(gap.diagnosis == .overfit && close(gap.gap, 0.4))
    }
}
