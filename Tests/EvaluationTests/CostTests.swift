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

    @Test("a core-hour price bills CPU seconds: money = cpuSeconds / 3600 × price; the currency is a label")
    func corePrice() throws {
        let price = try CorePrice(perCoreHour: 0.05, currency: " USD ")
        #expect(price.currency == "USD" && price.label == "USD")
        for cpu in [0.0, 1.5, 7200, 123_456.75] {
            #expect(price.money(Cost(wallSeconds: 1, cpuSeconds: cpu)) == cpu / 3600 * 0.05)
        }
        // Wall time is not billed: two costs with the same CPU seconds cost the same.
        #expect(price.money(Cost(wallSeconds: 1, cpuSeconds: 36)) == price.money(Cost(wallSeconds: 99, cpuSeconds: 36)))
        let free = try CorePrice(perCoreHour: 0)
        #expect(free.money(Cost(cpuSeconds: 3600)) == 0 && free.currency == nil && free.label == "money")
        #expect(try CorePrice(perCoreHour: 1, currency: "").currency == nil)
        #expect(try JSONDecoder().decode(CorePrice.self, from: JSONEncoder().encode(price)) == price)
    }

    @Test(
        "a negative, NaN or infinite price, or a currency with spaces, is refused with the fix",
        arguments: [-0.01, .nan, .infinity, -.infinity])
    func badPrice(_ amount: Double) {
        #expect { try CorePrice(perCoreHour: amount) } throws: { error in
            (error as? EvaluationError)?.code == .invalidArgument && "\(error)".contains("e.g. 0.05")
        }
        #expect { try CorePrice(perCoreHour: 1, currency: "US dollar") } throws: { error in
            (error as? EvaluationError)?.code == .invalidArgument && "\(error)".contains("USD")
        }
    }

    @Test("the calling thread's CPU time is non-negative and non-decreasing")
    func threadMeter() {
        let process = CostMeter()
        let thread = CostMeter(scope: .callingThread)
        var sink = 0.0
        for i in 0..<200_000 { sink += sin(Double(i)) }
        let first = thread.read(samples: sink.isNaN ? 0 : 1)
        let second = thread.read()
        #expect(thread.scope == .callingThread && process.scope == .process)
        #expect(first.cpuSeconds >= 0 && second.cpuSeconds >= first.cpuSeconds)
    }
}
