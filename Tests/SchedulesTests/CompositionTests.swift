import Foundation
import Testing

@testable import Schedules

/// Scaling and companion hyperparameters.
@Suite("Composition: scale and companion")
struct CompositionTests {
    @Test("scale multiplies every step")
    func scale() throws {
        let spec = ScheduleSpec(
            type: "scale", parameters: ["factor": 0.5, "schedule": ["type": "step", "lr": 0.1, "step_size": 3]])
        let built = try ScheduleCatalog.standard.build(spec)
        let plain = StepDecay(lr: 0.1, stepSize: 3).rates(steps: 20)
        #expect(built.rates(steps: 20) == plain.map { $0 * 0.5 })
        #expect(built.facts == StepDecay(lr: 0.1, stepSize: 3).facts)
    }

    @Test("companion maps the rate range onto [low, high], inverted or not")
    func companionRange() throws {
        let shape: SpecValue = ["type": "cosine_annealing", "lr": 0.1, "t_max": 20]
        let inverted = try ScheduleCatalog.standard.build(
            ScheduleSpec(type: "companion", parameters: ["schedule": shape, "low": 0.85, "high": 0.95, "horizon": 21]))
        let rising = try ScheduleCatalog.standard.build(
            ScheduleSpec(
                type: "companion",
                parameters: ["schedule": shape, "low": 0.85, "high": 0.95, "horizon": 21, "inverted": false]))
        let cosine = CosineAnnealing(lr: 0.1, tMax: 20)
        for t in 0...20 {
            let position = cosine.rate(at: t) / 0.1
            #expect(isClose(inverted.rates(steps: 21)[t], 0.95 - 0.1 * position, relative: 1e-12))
            #expect(isClose(rising.rates(steps: 21)[t], 0.85 + 0.1 * position, relative: 1e-12))
        }
        #expect(isClose(inverted.rates(steps: 1)[0], 0.85), "momentum is low where the rate peaks")
    }

    @Test(
        "companion of a cyclic shape equals CyclicMomentum",
        arguments: [CyclicRate.Mode.triangular, .triangular2])
    func companionEqualsCyclicMomentum(_ mode: CyclicRate.Mode) throws {
        let spec = ScheduleSpec(
            type: "companion",
            parameters: [
                "schedule": [
                    "type": "cyclic", "base_lr": 0.01, "max_lr": 0.1, "step_size_up": 5, "step_size_down": 3,
                    "mode": .string(mode.rawValue),
                ],
                "low": 0.8, "high": 0.9, "horizon": 40,
            ])
        let companion = try ScheduleCatalog.standard.build(spec).rates(steps: 40)
        let momentum = CyclicRate(baseLR: 0.01, maxLR: 0.1, stepSizeUp: 5, stepSizeDown: 3, mode: mode).momentum
        for t in 0..<40 { #expect(isClose(companion[t], momentum.rate(at: t), relative: 1e-12), "step \(t)") }
    }

    @Test("a flat shape leaves the companion at high (inverted)")
    func flatShape() {
        let companion = CompanionSchedule(
            following: ConstantFactor(lr: 0.1, factor: 1), low: 0.8, high: 0.9, horizon: 5)
        #expect(companion.rates(steps: 5) == Array(repeating: 0.9, count: 5))
    }
}
