import Testing

@testable import Schedules

/// Every PyTorch-family schedule against `torch.optim.lr_scheduler` (Fixtures/torch.json, 1e-9 relative).
@Suite("PyTorch schedules match torch")
struct PyTorchReferenceTests {
    static let fixture = ReferenceFixture.load("torch.json")

    @Test("fixture covers every PyTorch type")
    func coversEveryType() {
        let covered = Set(Self.fixture.cases.map(\.spec.type))
        let family = ScheduleCatalog.standard.definitions.filter { $0.family == .pytorch }.map(\.type)
        #expect(Set(family).subtracting(covered).isEmpty, "no torch case for \(Set(family).subtracting(covered))")
        #expect(Self.fixture.versions["torch"]?.hasPrefix("2.") == true)
    }

    @Test("rates equal get_last_lr() after t steps", arguments: fixture.cases)
    func rates(_ reference: ReferenceCase) throws {
        try expectMatches(reference)
    }

    @Test("steps below zero are step zero", arguments: fixture.cases.filter { $0.metrics == nil })
    func negativeSteps(_ reference: ReferenceCase) throws {
        guard case .pure(let schedule) = try ScheduleCatalog.standard.build(reference.spec) else { return }
        #expect(schedule.rate(at: -1) == schedule.rate(at: 0))
        #expect(schedule.rate(at: -1000) == reference.values[0])
    }

    @Test(
        "momentum companion equals the optimizer's momentum",
        arguments: fixture.cases.filter { $0.momentum != nil })
    func momentum(_ reference: ReferenceCase) throws {
        let expected = try #require(reference.momentum)
        let momentum = try #require(try ScheduleCatalog.standard.build(reference.spec).momentum)
        let actual = momentum.rates(steps: expected.count)
        let mismatch = zip(actual, expected).enumerated().first { !isClose($1.0, $1.1) }
        #expect(
            mismatch == nil,
            "\(reference.name): momentum at step \(mismatch?.offset ?? -1) is \(mismatch?.element.0 ?? 0), torch \(mismatch?.element.1 ?? 0)"
        )
    }
}
