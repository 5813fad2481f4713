import Foundation
import Testing

@testable import Schedules

/// Reactive schedules resume exactly from their encoded state.
@Suite("Reactive state")
struct ReactiveStateTests {
    /// A loss that improves every seventh step and wobbles in between.
    static let metrics: [Double] = (0..<60).map { (t: Int) -> Double in
        let level = 1.0 / Double(1 + t / 7)
        let wobble: Double = t % 3 == 0 ? 0.01 : 0
        return level + wobble
    }
    static let specs: [String] = [
        #"{"type": "reduce_on_plateau", "lr": 0.1, "patience": 2, "cooldown": 1, "factor": 0.5}"#,
        #"{"type": "reduce_on_plateau", "lr": 0.1, "mode": "max", "patience": 0, "threshold_mode": "abs", "min_lr": 0.01}"#,
        #"{"type": "warmup", "lr": 0.1, "warmup_steps": 6, "schedule": {"type": "reduce_on_plateau", "patience": 1}}"#,
    ]

    func reactive(_ json: String) throws -> any ReactiveSchedule {
        guard case .reactive(let schedule) = try ScheduleCatalog.standard.build(try ScheduleSpec.parse(json: json))
        else { throw ScheduleError(.inconsistent, field: "", value: nil, message: "not reactive", fix: "") }
        return schedule
    }

    @Test("restoring mid-run gives the uninterrupted rates", arguments: specs, [3, 17, 40])
    func roundTrip(_ json: String, _ pause: Int) throws {
        var uninterrupted = try reactive(json)
        var expected: [Double] = []
        for t in 0..<60 {
            expected.append(uninterrupted.rate(at: t))
            uninterrupted.observe(Self.metrics[t], at: t)
        }
        var first = try reactive(json)
        for t in 0..<pause { first.observe(Self.metrics[t], at: t) }
        let saved = try first.encodedState()
        var resumed = try reactive(json)
        try resumed.restore(encodedState: saved)
        var actual: [Double] = []
        for t in pause..<60 {
            actual.append(resumed.rate(at: t))
            resumed.observe(Self.metrics[t], at: t)
        }
        #expect(actual == Array(expected[pause...]))
        #expect(Set(expected).count > 1, "the metrics cut the rate at least once")
    }

    @Test(
        "restoring garbage is ScheduleError.invalidState",
        arguments: [
            "garbage", "{}", #"{"rate": "x"}"#, "[1, 2]",
            #"{"rate": -1, "badEpochs": 0, "cooldownCounter": 0, "observations": 0}"#,
            #"{"rate": 0.1, "badEpochs": -3, "cooldownCounter": 0, "observations": 0}"#,
        ])
    func garbage(_ text: String) throws {
        var schedule = try reactive(Self.specs[0])
        schedule.observe(0.5, at: 0)
        #expect {
            try schedule.restore(encodedState: Data(text.utf8))
        } throws: { ($0 as? ScheduleError)?.code == .invalidState }
        let state = try JSONDecoder().decode(ReduceOnPlateau.State.self, from: try schedule.encodedState())
        #expect(state.best == 0.5 && state.observations == 1, "a failed restore leaves the state unchanged")
    }

    @Test("the state is readable JSON with best as null before the first metric")
    func readableState() throws {
        var schedule = ReduceOnPlateau(lr: 0.1)
        let fresh = try JSONSerialization.jsonObject(with: schedule.encodedState()) as? [String: Any]
        #expect(fresh?["rate"] as? Double == 0.1)
        #expect(fresh?["best"] == nil || fresh?["best"] is NSNull)
        schedule.observe(0.5, at: 0)
        #expect(schedule.state.best == 0.5)
        #expect(schedule.state.observations == 1)
    }

    @Test("an infinite or NaN first metric is not an improvement (torch compares with best = inf)")
    func infiniteFirstMetric() {
        var schedule = ReduceOnPlateau(lr: 0.1, patience: 0)
        schedule.observe(.infinity, at: 0)
        #expect(schedule.state.best == nil)
        #expect(schedule.rate(at: 1) == 0.1 * 0.1, "patience 0: one bad observation cuts")
        var maxMode = ReduceOnPlateau(lr: 0.1, mode: .max, patience: 5)
        maxMode.observe(.nan, at: 0)
        #expect(maxMode.state.best == nil)
        #expect(maxMode.state.badEpochs == 1)
    }
}
