import Foundation
import Testing

@testable import Schedules

/// optax schedules against optax's own values (jax x64).
@Suite("optax schedules")
struct OptaxTests {
    static let fixture = ReferenceFixture.load("optax.json")

    @Test("matches optax", arguments: fixture.cases)
    func matchesReference(_ reference: ReferenceCase) throws {
        try expectMatches(reference)
    }

    @Test("every optax type has reference cases")
    func coverage() {
        FamilyChecks.expectCovered(Self.fixture, ScheduleCatalog.optaxDefinitions)
    }

    @Test(
        "catalogue entry: family, summary, convention; negative steps read as step 0",
        arguments: ScheduleCatalog.optaxDefinitions.map(\.type))
    func catalogueEntry(_ type: String) throws {
        try FamilyChecks.expectCatalogueEntry(type, family: .optax)
    }

    @Test("specs round-trip through JSON", arguments: fixture.cases)
    func roundTrip(_ reference: ReferenceCase) throws {
        try FamilyChecks.expectRoundTrip(reference)
    }

    @Test("warmup_cosine_decay facts: warmup inside decay_steps")
    func facts() throws {
        let built = try ScheduleCatalog.standard.build(
            try ScheduleSpec.parse(
                json:
                    #"{"type": "optax.warmup_cosine_decay", "init_value": 0, "peak_value": 1, "warmup_steps": 10, "decay_steps": 100}"#
            ))
        #expect(built.facts.warmupSteps == 10)
        #expect(built.facts.totalSteps == 100)
        let sgdr = try ScheduleCatalog.standard.build(
            try ScheduleSpec.parse(
                json:
                    #"{"type": "optax.sgdr", "cycles": [{"init_value": 0, "peak_value": 1, "warmup_steps": 2, "decay_steps": 10}, {"init_value": 0, "peak_value": 1, "warmup_steps": 2, "decay_steps": 20}]}"#
            ))
        #expect(sgdr.facts.totalSteps == 30)
    }

    @Test("join equals SequentialSchedule semantics: child i counts from boundaries[i-1]")
    func joinCountsFromBoundary() throws {
        let built = try ScheduleCatalog.standard.build(
            try ScheduleSpec.parse(
                json:
                    #"{"type": "optax.join", "boundaries": [3], "schedules": [{"type": "optax.linear", "init_value": 0, "end_value": 1, "transition_steps": 3}, {"type": "optax.linear", "init_value": 1, "end_value": 0, "transition_steps": 4}]}"#
            ))
        let second = Optax.Polynomial(initValue: 1, endValue: 0, power: 1, transitionSteps: 4)
        #expect(built.rates(steps: 8).suffix(5) == ArraySlice((0..<5).map { second.rate(at: $0) }))
    }

    @Test(
        "inconsistent specs name the field",
        arguments: [
            (
                #"{"type": "optax.warmup_cosine_decay", "init_value": 0, "peak_value": 1, "warmup_steps": 10, "decay_steps": 10}"#,
                "warmup_steps"
            ),
            (
                #"{"type": "optax.warmup_cosine_decay", "init_value": 0, "peak_value": 1, "warmup_steps": 1, "decay_steps": 10, "end_value": 2}"#,
                "end_value"
            ),
            (
                #"{"type": "optax.piecewise_constant", "init_value": 1, "boundaries": [1, 2], "scales": [0.5]}"#,
                "scales"
            ),
            (
                #"{"type": "optax.piecewise_constant", "init_value": 1, "boundaries": [2, 2], "scales": [0.5, 0.5]}"#,
                "boundaries"
            ),
            (
                #"{"type": "optax.piecewise_constant", "init_value": 1, "boundaries": [2], "scales": [-0.5]}"#,
                "scales[0]"
            ),
            (
                #"{"type": "optax.linear_onecycle", "transition_steps": 10, "peak_value": 1, "pct_start": 0.9, "pct_final": 0.5}"#,
                "pct_start"
            ),
            (
                #"{"type": "optax.cosine_onecycle", "transition_steps": 10, "peak_value": 1, "pct_start": 1.0}"#,
                "pct_start"
            ),
            (
                #"{"type": "optax.join", "boundaries": [5, 1], "schedules": [{"type": "optax.cosine_decay", "init_value": 1, "decay_steps": 5}, {"type": "optax.cosine_decay", "init_value": 1, "decay_steps": 5}, {"type": "optax.cosine_decay", "init_value": 1, "decay_steps": 5}]}"#,
                "boundaries"
            ),
            (
                #"{"type": "optax.join", "boundaries": [], "schedules": [{"type": "optax.cosine_decay", "init_value": 1, "decay_steps": 5}, {"type": "optax.cosine_decay", "init_value": 1, "decay_steps": 5}]}"#,
                "boundaries"
            ),
            (
                #"{"type": "optax.sgdr", "cycles": [{"init_value": 0, "peak_value": 1, "warmup_steps": 5, "decay_steps": 5}]}"#,
                "cycles[0].warmup_steps"
            ),
            (#"{"type": "optax.sgdr", "cycles": [3]}"#, "cycles[0]"),
            (#"{"type": "optax.sgdr", "cycles": [{"type": "step", "init_value": 0}]}"#, "cycles[0].type"),
            (
                #"{"type": "optax.exponential_decay", "init_value": 1, "transition_steps": 0, "decay_rate": 0.5}"#,
                "transition_steps"
            ),
        ])
    func rejects(_ json: String, _ field: String) throws {
        let spec = try ScheduleSpec.parse(json: json)
        #expect {
            try ScheduleCatalog.standard.build(spec)
        } throws: { error in
            (error as? ScheduleError)?.field == field
        }
    }
}
