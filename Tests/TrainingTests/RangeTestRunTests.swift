import Foundation
import Schedules
import Tensors
import Testing

@testable import Training

/// The LR range test on a real model: copies, exponential rates, divergence stop, and a buildable recommendation.
struct RangeTestRunTests {
    @Test func sweepLeavesTheModelUntouchedAndRecommendsOneCycle() throws {
        let data = try TrainerFixtures.classification(rows: 128)
        let model = try Sequential.mlp(inputs: 6, hidden: [16], outputs: 3, seed: 4)
        let optimizer: any Optimizer = SGD()
        var test = RangeTest()
        test.minRate = 1e-4
        test.maxRate = 100
        test.steps = 80
        test.batchSize = 16
        let result = try test.run(model: model, optimizer: optimizer, loss: CrossEntropyLoss(), data: data)
        #expect(optimizer.stepCount == 0)
        #expect(model.parameters == (try Sequential.mlp(inputs: 6, hidden: [16], outputs: 3, seed: 4)).parameters)

        #expect(result.diverged, "a rate of 100 blows plain SGD up")
        #expect(result.rates.count < 80)
        for (i, rate) in result.rates.enumerated() {
            #expect(abs(rate - 1e-4 * pow(100 / 1e-4, Double(i) / 80)) <= 1e-12 * rate)
        }
        #expect(result.losses.count == result.rates.count)
        let suggestions = try #require(result.suggestions)
        #expect(suggestions.valley > 0 && suggestions.steep > 0 && suggestions.minimum > 0)
        #expect(result.rates.contains(suggestions.valley))
        #expect(abs(suggestions.minimum * 10 - suggestions.rateAtMinimumLoss) <= 1e-15 * suggestions.rateAtMinimumLoss)

        let spec = try #require(result.recommendedSchedule(totalSteps: 500))
        #expect(spec.type == "one_cycle")
        #expect(spec.parameters["max_lr"] == .number(suggestions.valley))
        #expect(spec.parameters["total_steps"] == .number(500))
        guard case .pure(let schedule) = try ScheduleCatalog.standard.build(spec) else {
            Issue.record("one_cycle should be pure")
            return
        }
        let peak = schedule.rates(steps: 500).max() ?? 0
        #expect(abs(peak - suggestions.valley) <= 1e-9 * suggestions.valley)
        #expect(
            result.recommendedSchedule(totalSteps: 500, rule: .steep)?.parameters["max_lr"]
                == .number(suggestions.steep))
        #expect(result.recommendedSchedule(totalSteps: 0) == nil)
    }

    @Test func sweepRejectsMismatchedDataAndBadSettings() throws {
        let model = try Sequential.mlp(inputs: 5, hidden: [4], outputs: 3)
        let data = try TrainerFixtures.classification(rows: 20)
        #expect(throws: TrainingError.self) {
            try RangeTest().run(model: model, optimizer: SGD(), loss: CrossEntropyLoss(), data: data)
        }
        var bad = RangeTest()
        bad.maxRate = bad.minRate
        let fitting = try Sequential.mlp(inputs: 6, hidden: [4], outputs: 3)
        #expect(throws: TrainingError.self) {
            try bad.run(model: fitting, optimizer: SGD(), loss: CrossEntropyLoss(), data: data)
        }
    }
}
