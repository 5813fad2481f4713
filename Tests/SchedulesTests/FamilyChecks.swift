import Testing

@testable import Schedules

/// Checks every non-PyTorch family's tests share: fixture coverage, catalogue entries, spec round trips.
enum FamilyChecks {
    /// Every type in `definitions` has at least one reference case in `fixture`.
    static func expectCovered(_ fixture: ReferenceFixture, _ definitions: [ScheduleDefinition]) {
        let covered = Set(fixture.cases.map(\.spec.type))
        let types = definitions.map(\.type)
        #expect(types.allSatisfy(covered.contains), "uncovered: \(types.filter { !covered.contains($0) })")
    }

    /// `type` is in `family`, has a summary and a convention, and reads negative steps as step 0.
    static func expectCatalogueEntry(_ type: String, family: ScheduleDefinition.Family) throws {
        let definition = try #require(ScheduleCatalog.standard.definition(for: type))
        #expect(definition.family == family)
        #expect(!definition.summary.isEmpty && !definition.convention.isEmpty)
        guard case .pure(let schedule) = try ScheduleCatalog.standard.build(definition.exampleSpec) else {
            Issue.record("\(type) is not pure")
            return
        }
        #expect(schedule.rate(at: -3) == schedule.rate(at: 0))
    }

    /// The case's spec, and its normalized form, survive JSON unchanged.
    static func expectRoundTrip(_ reference: ReferenceCase) throws {
        #expect(try ScheduleSpec.parse(json: reference.spec.json) == reference.spec)
        let normalized = try ScheduleCatalog.standard.normalized(reference.spec)
        #expect(try ScheduleSpec.parse(json: normalized.json) == normalized)
    }
}
