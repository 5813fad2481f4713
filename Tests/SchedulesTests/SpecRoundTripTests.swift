import Foundation
import Testing

@testable import Schedules

/// Every catalogue type: its example spec builds, survives JSON both ways, and normalizes to the same schedule.
@Suite("Spec round trips")
struct SpecRoundTripTests {
    static let definitions = ScheduleCatalog.standard.definitions

    @Test("example spec builds", arguments: definitions.map(\.type))
    func exampleBuilds(_ type: String) throws {
        let definition = try #require(ScheduleCatalog.standard.definition(for: type))
        let built = try ScheduleCatalog.standard.build(definition.exampleSpec)
        let rates = built.rates(steps: 200)
        #expect(rates.allSatisfy { $0.isFinite && $0 >= 0 }, "\(definition.exampleSpec) gives \(rates.prefix(5))")
        #expect(rates.contains { $0 > 0 }, "\(definition.exampleSpec) is zero throughout")
    }

    @Test("decode → encode → decode is equal", arguments: definitions.map(\.type))
    func jsonRoundTrip(_ type: String) throws {
        let spec = try #require(ScheduleCatalog.standard.definition(for: type)).exampleSpec
        let decoded = try ScheduleSpec.parse(json: spec.json)
        #expect(decoded == spec)
        let again = try JSONDecoder().decode(ScheduleSpec.self, from: try JSONEncoder().encode(decoded))
        #expect(again == decoded)
        #expect(again.json == spec.json)
    }

    @Test("normalized() fills defaults and builds the same schedule", arguments: definitions.map(\.type))
    func normalizedKeepsMeaning(_ type: String) throws {
        let catalog = ScheduleCatalog.standard
        let definition = try #require(catalog.definition(for: type))
        let spec = definition.exampleSpec
        let normalized = try catalog.normalized(spec)
        for parameter in definition.parameters {
            if let value = parameter.defaultValue, value != .null {
                #expect(normalized.parameters[parameter.name] != nil, "\(type).\(parameter.name) not filled")
            }
        }
        #expect(try catalog.normalized(normalized) == normalized)
        let before = try catalog.build(spec).rates(steps: 120)
        let after = try catalog.build(try ScheduleSpec.parse(json: normalized.json)).rates(steps: 120)
        #expect(before == after)
    }

    @Test("normalized() writes the source library's defaults")
    func normalizedDefaults() throws {
        let spec = try ScheduleSpec.parse(json: #"{"type": "one_cycle", "max_lr": 0.1, "total_steps": 100}"#)
        let normalized = try ScheduleCatalog.standard.normalized(spec)
        #expect(normalized.parameters["pct_start"] == .number(0.3))
        #expect(normalized.parameters["anneal_strategy"] == .string("cos"))
        #expect(normalized.parameters["div_factor"] == .number(25))
        #expect(normalized.parameters["final_div_factor"] == .number(1e4))
        #expect(normalized.parameters["three_phase"] == .bool(false))
        // An optional field without a value stays absent rather than written as null.
        let cyclic = try ScheduleCatalog.standard.normalized(
            ScheduleSpec(type: "cyclic", parameters: ["base_lr": 0.01, "max_lr": 0.1]))
        #expect(cyclic.parameters["step_size_down"] == nil)
        #expect(cyclic.parameters["step_size_up"] == .number(2000))
    }

    @Test("literal specs equal parsed ones")
    func literals() throws {
        let literal = ScheduleSpec(
            type: "sequential",
            parameters: [
                "lr": 0.1, "milestones": [5],
                "schedules": [["type": "linear"], ["type": "exponential", "gamma": 0.9]],
            ])
        let parsed = try ScheduleSpec.parse(
            json:
                #"{"type":"sequential","lr":0.1,"milestones":[5],"schedules":[{"type":"linear"},{"type":"exponential","gamma":0.9}]}"#
        )
        #expect(literal == parsed)
    }
}
