import Foundation
import Testing

@testable import Evaluation

@Suite("Cost")
struct CostTests {
    @Test("money is core-hours × price; FLOPs estimate is 6·P·N") func money() {
        let cost = Cost(wallSeconds: 100, cpuSeconds: 7200, samples: 1000, flops: 0)
        #expect(cost.coreHours == 2)
        #expect(cost.money(pricePerCoreHour: 0.05) == 0.1)
        #expect(Cost.estimatedTrainingFLOPs(parameters: 1000, samples: 50) == 300_000)
        #expect((cost + cost).cpuSeconds == 14_400 && (cost + cost).samples == 2000)
    }

    @Test("cost to reach a target is apportioned by seconds, then samples, then steps") func toTarget() throws {
        let total = Cost(wallSeconds: 40, cpuSeconds: 80, samples: 400, flops: 1e9)
        let timed = try MetricSeries(points: [
            MetricPoint(step: 0, value: 1, samples: 0, seconds: 0),
            MetricPoint(step: 10, value: 0.5, samples: 100, seconds: 30),
            MetricPoint(step: 20, value: 0.2, samples: 400, seconds: 40),
        ])
        let bySeconds = try #require(CostToTarget(target: 0.6, goal: .minimize, series: timed, total: total))
        #expect(bySeconds.fraction == 0.75 && bySeconds.cost.wallSeconds == 30 && bySeconds.cost.samples == 100)
        let stepsOnly = try MetricSeries(steps: [0, 10, 40], values: [1, 0.5, 0.2])
        let bySteps = try #require(CostToTarget(target: 0.5, goal: .minimize, series: stepsOnly, total: total))
        #expect(bySteps.fraction == 0.25 && bySteps.cost.cpuSeconds == 20 && bySteps.cost.samples == 100)
        #expect(CostToTarget(target: 0.1, goal: .minimize, series: stepsOnly, total: total) == nil)
    }

    @Test("CostMeter readings are non-negative and non-decreasing; Cost round-trips through JSON") func meter() throws {
        let meter = CostMeter()
        var sink = 0.0
        for i in 0..<10_000 { sink += sin(Double(i)) }
        let first = meter.read(samples: 10, flops: sink.isNaN ? 0 : 1)
        let second = meter.read()
        #expect(first.wallSeconds >= 0 && first.cpuSeconds >= 0)
        #expect(second.wallSeconds >= first.wallSeconds && second.cpuSeconds >= first.cpuSeconds)
        #expect(first.samples == 10)
        #expect(try JSONDecoder().decode(Cost.self, from: JSONEncoder().encode(first)) == first)
    }
}
