import Evaluation
import Testing

@testable import Sweeps

@Suite struct CurveBandTests {
    @Test func meanAndIntervalAtEachStepAreTheSeedSummary() throws {
        let curves = [
            [MetricPoint(step: 1, value: 1.0), MetricPoint(step: 2, value: 0.5)],
            [MetricPoint(step: 1, value: 1.2), MetricPoint(step: 2, value: 0.7)],
            [MetricPoint(step: 1, value: 0.9), MetricPoint(step: 2, value: .nan)],
        ]
        let band = CurveBand(curves: curves)
        #expect(band.steps == [1, 2])
        #expect(band.counts == [3, 2])
        let first = try SeedSummary(values: [1.0, 1.2, 0.9])
        let second = try SeedSummary(values: [0.5, 0.7])
        #expect(band.mean == [first.mean, second.mean])
        #expect(band.lower == [first.lower, second.lower])
        #expect(band.upper == [first.upper, second.upper])
    }

    @Test func oneSeedCollapsesTheBandAndEmptyStepsAreLeftOut() {
        let band = CurveBand(curves: [[MetricPoint(step: 3, value: 2), MetricPoint(step: 4, value: .infinity)]])
        #expect(band.steps == [3])
        #expect(band.mean == [2] && band.lower == [2] && band.upper == [2])
        #expect(CurveBand(curves: []).steps.isEmpty)
    }

    @Test func estimateOfOneValueHasNoInterval() throws {
        let one = try #require(Estimate([4, .nan]))
        #expect(one.count == 1 && one.mean == 4 && one.halfWidth == nil)
        #expect(Estimate([.nan]) == nil)
        let two = try #require(Estimate([1, 3]))
        let summary = try SeedSummary(values: [1, 3])
        #expect(two.lower == summary.lower && two.upper == summary.upper)
    }
}
