import Foundation
import Testing

@testable import Schedules

/// Keras 3 schedules against Keras's own values (jax backend, float64).
@Suite("Keras schedules")
struct KerasTests {
    static let fixture = ReferenceFixture.load("keras.json")

    @Test("matches Keras", arguments: fixture.cases)
    func matchesReference(_ reference: ReferenceCase) throws {
        try expectMatches(reference)
    }

    @Test("every keras type has reference cases")
    func coverage() {
        FamilyChecks.expectCovered(Self.fixture, ScheduleCatalog.kerasDefinitions)
    }

    @Test(
        "catalogue entry: family, summary, convention; negative steps read as step 0",
        arguments: ScheduleCatalog.kerasDefinitions.map(\.type))
    func catalogueEntry(_ type: String) throws {
        try FamilyChecks.expectCatalogueEntry(type, family: .keras)
    }

    @Test("specs round-trip through JSON", arguments: fixture.cases)
    func roundTrip(_ reference: ReferenceCase) throws {
        try FamilyChecks.expectRoundTrip(reference)
    }

    @Test("piecewise_constant_decay: a value still applies at its boundary step")
    func boundaryConvention() {
        let schedule = Keras.PiecewiseConstantDecay(boundaries: [2], values: [1, 0.5])
        #expect(schedule.rates(steps: 4) == [1, 1, 1, 0.5])
    }

    @Test("cosine_decay facts: warmup comes before decay_steps")
    func facts() throws {
        let built = try ScheduleCatalog.standard.build(
            try ScheduleSpec.parse(
                json:
                    #"{"type": "keras.cosine_decay", "initial_learning_rate": 0, "decay_steps": 100, "warmup_target": 0.1, "warmup_steps": 10}"#
            ))
        #expect(built.facts.warmupSteps == 10)
        #expect(built.facts.totalSteps == 110)
    }

    @Test(
        "inconsistent specs name the field",
        arguments: [
            (
                #"{"type": "keras.cosine_decay", "initial_learning_rate": 0.1, "decay_steps": 10, "warmup_steps": 5}"#,
                "warmup_steps"
            ),
            (#"{"type": "keras.piecewise_constant_decay", "boundaries": [1, 2], "values": [0.1, 0.2]}"#, "values"),
            (#"{"type": "keras.piecewise_constant_decay", "boundaries": [], "values": [0.1]}"#, "values"),
            (
                #"{"type": "keras.piecewise_constant_decay", "boundaries": [5, 2], "values": [0.1, 0.2, 0.3]}"#,
                "boundaries"
            ),
            (
                #"{"type": "keras.exponential_decay", "initial_learning_rate": 0.1, "decay_steps": 0, "decay_rate": 0.5}"#,
                "decay_steps"
            ),
            (
                #"{"type": "keras.cosine_decay_restarts", "initial_learning_rate": 0.1, "first_decay_steps": 10, "alpha": 1.5}"#,
                "alpha"
            ),
            (#"{"type": "keras.polynomial_decay", "initial_learning_rate": 0.1}"#, "decay_steps"),
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
