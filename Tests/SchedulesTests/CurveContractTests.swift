import Testing

@testable import Schedules

/// `rates(steps:)` may compute a curve faster than step by step, but must equal `rate(at:)` exactly.
@Suite("Curves equal step-by-step rates")
struct CurveContractTests {
    @Test("rates(steps:) == rate(at:) for every step", arguments: ScheduleCatalog.standard.definitions.map(\.type))
    func curveEqualsRates(_ type: String) throws {
        let definition = try #require(ScheduleCatalog.standard.definition(for: type))
        guard case .pure(let schedule) = try ScheduleCatalog.standard.build(definition.exampleSpec) else { return }
        for steps in [0, 1, 7, 400] {
            let curve = schedule.rates(steps: steps)
            let stepwise = (0..<steps).map { schedule.rate(at: $0) }
            #expect(curve.count == steps)
            #expect(zip(curve, stepwise).allSatisfy { $0.bitPattern == $1.bitPattern }, "\(type) over \(steps) steps")
        }
    }

    @Test func sequentialWithARepeatedMilestoneSkipsTheEmptySegment() {
        let sequence = SequentialSchedule(
            schedules: [ConstantFactor(lr: 1, factor: 0.5, totalIters: 100), ExponentialDecay(lr: 2, gamma: 0.5),
                        StepDecay(lr: 3, stepSize: 2)],
            milestones: [3, 3])
        #expect(sequence.rates(steps: 6) == (0..<6).map { sequence.rate(at: $0) })
        #expect(sequence.rates(steps: 6) == [0.5, 0.5, 0.5, 3, 3, 3 * 0.1])
    }
}
