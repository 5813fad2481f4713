import Foundation
import Testing

@testable import Schedules

/// Warmup in front of pure and reactive schedules, checked against the warmup formulas written out here.
@Suite("Composition: warmup")
struct CompositionWarmupTests {
    static let inner: SpecValue = ["type": "cosine_annealing", "t_max": 40, "eta_min": 0.001]
    static let shapes: [(String, Double)] = [
        ("linear", 0), ("linear", 0.1), ("cosine", 0), ("cosine", 0.2),
        ("exponential", 0.01), ("constant", 0.25),
    ]

    /// The warmup factor after `t` of `w` steps, from the shape's definition.
    static func factor(_ shape: String, _ t: Int, _ w: Int, _ f: Double) -> Double {
        let p = Double(t) / Double(w)
        switch shape {
        case "linear": return f + (1 - f) * p
        case "cosine": return f + (1 - f) * (1 - cos(Double.pi * p)) / 2
        case "exponential": return f * pow(1 / f, p)
        default: return f
        }
    }

    static func cosine(_ t: Int) -> Double { 0.001 + (0.1 - 0.001) * (1 + cos(Double.pi * Double(t) / 40)) / 2 }

    @Test("shapes counted before the schedule", arguments: shapes)
    func before(_ shape: String, _ start: Double) throws {
        let spec = ScheduleSpec(
            type: "warmup",
            parameters: [
                "lr": 0.1, "warmup_steps": 8, "shape": .string(shape), "start_factor": .number(start),
                "schedule": Self.inner,
            ])
        let rates = try ScheduleCatalog.standard.build(spec).rates(steps: 60)
        for t in 0..<60 {
            let expected = t < 8 ? 0.1 * Self.factor(shape, t, 8, start) : Self.cosine(t - 8)
            #expect(isClose(rates[t], expected, relative: 1e-12), "\(shape) step \(t): \(rates[t]) vs \(expected)")
        }
        #expect(rates[8] == 0.1, "the schedule starts from its step 0 when warmup ends")
    }

    @Test("shapes counted inside the schedule", arguments: shapes)
    func inside(_ shape: String, _ start: Double) throws {
        let spec = ScheduleSpec(
            type: "warmup",
            parameters: [
                "lr": 0.1, "warmup_steps": 8, "shape": .string(shape), "start_factor": .number(start),
                "counting": "inside", "schedule": Self.inner,
            ])
        let built = try ScheduleCatalog.standard.build(spec)
        let rates = built.rates(steps: 60)
        for t in 0..<60 {
            let expected = t < 8 ? 0.1 * Self.factor(shape, t, 8, start) : Self.cosine(t)
            #expect(isClose(rates[t], expected, relative: 1e-12), "\(shape) step \(t): \(rates[t]) vs \(expected)")
        }
        #expect(built.facts.totalSteps == 40)
        #expect(built.facts.warmupSteps == 8)
    }

    @Test("facts: counting before extends the horizon")
    func factsBefore() throws {
        let built = try ScheduleCatalog.standard.build(
            ScheduleSpec(type: "warmup", parameters: ["lr": 0.1, "warmup_steps": 8, "schedule": Self.inner]))
        #expect(built.facts.totalSteps == 48)
        #expect(built.facts.warmupSteps == 8)
    }

    @Test("zero warmup steps is the schedule itself; lr is inherited by the child")
    func zeroSteps() throws {
        let spec = ScheduleSpec(
            type: "warmup",
            parameters: ["lr": 0.2, "warmup_steps": 0, "schedule": ["type": "exponential", "gamma": 0.9]])
        let rates = try ScheduleCatalog.standard.build(spec).rates(steps: 10)
        #expect(rates == ExponentialDecay(lr: 0.2, gamma: 0.9).rates(steps: 10))
    }

    @Test("exponential warmup needs a start factor above zero")
    func exponentialNeedsStart() {
        let spec = ScheduleSpec(
            type: "warmup",
            parameters: ["lr": 0.1, "warmup_steps": 5, "shape": "exponential", "schedule": Self.inner])
        #expect(throws: ScheduleError.self) { try ScheduleCatalog.standard.build(spec) }
    }

    @Test("warmup before reduce_on_plateau ignores warmup metrics and cuts after warmup")
    func warmupThenPlateau() throws {
        let warmup = 5
        let patience = 2
        // Metrics worsen during warmup (a plain plateau schedule would cut there), then stall.
        let metrics: [Double] = [1, 2, 3, 4] + Array(repeating: 0.5, count: 21)
        let plateau: SpecValue = ["type": "reduce_on_plateau", "patience": .number(Double(patience)), "factor": 0.5]
        let spec = ScheduleSpec(
            type: "warmup", parameters: ["lr": 0.1, "warmup_steps": .number(Double(warmup)), "schedule": plateau])
        let built = try ScheduleCatalog.standard.build(spec)
        #expect(built.isReactive)
        let rates = built.rates(steps: 25, metrics: metrics)
        for t in 0..<warmup { #expect(isClose(rates[t], 0.1 * Double(t) / Double(warmup))) }
        // The metric after the last warmup update is the baseline; patience + 1 stalls later the rate is cut.
        let firstCut = warmup + patience + 1
        #expect(rates[warmup..<firstCut].allSatisfy { $0 == 0.1 })
        #expect(rates[firstCut] == 0.05)
        // Afterwards it is the plain plateau schedule fed the metrics from the end of warmup on.
        let plain = try ScheduleCatalog.standard.build(
            ScheduleSpec(fields: [
                "lr": 0.1, "type": "reduce_on_plateau",
                "patience": .number(Double(patience)), "factor": 0.5,
            ]))
        let shifted = plain.rates(steps: 25 - warmup + 1, metrics: Array(metrics[(warmup - 1)...]))
        #expect(Array(rates[warmup...]) == Array(shifted.dropFirst()))
        // Fed the warmup metrics, the plain schedule would have cut during warmup.
        let unguarded = plain.rates(steps: warmup + 1, metrics: metrics)
        #expect(unguarded.last! < 0.1)
    }
}
