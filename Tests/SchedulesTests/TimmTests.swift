import Foundation
import Testing

@testable import Schedules

/// timm schedulers (per update, no noise) against timm's own rates; noise checked by its statistics.
@Suite("timm schedules")
struct TimmTests {
    static let fixture = ReferenceFixture.load("timm.json")

    @Test("matches timm", arguments: fixture.cases)
    func matchesReference(_ reference: ReferenceCase) throws {
        try expectMatches(reference)
    }

    @Test("every timm type has reference cases")
    func coverage() {
        FamilyChecks.expectCovered(Self.fixture, ScheduleCatalog.timmDefinitions)
    }

    @Test(
        "catalogue entry: family, summary, convention; negative steps read as step 0",
        arguments: ScheduleCatalog.timmDefinitions.map(\.type))
    func catalogueEntry(_ type: String) throws {
        try FamilyChecks.expectCatalogueEntry(type, family: .timm)
    }

    @Test("specs round-trip through JSON", arguments: fixture.cases)
    func roundTrip(_ reference: ReferenceCase) throws {
        try FamilyChecks.expectRoundTrip(reference)
    }

    @Test("cosine facts: cycle length with prefix warmup")
    func facts() throws {
        let built = try ScheduleCatalog.standard.build(
            try ScheduleSpec.parse(
                json:
                    #"{"type": "timm.cosine", "lr": 0.1, "t_initial": 10, "cycle_mul": 2, "cycle_limit": 3, "warmup_t": 5, "warmup_prefix": true}"#
            ))
        #expect(built.facts.warmupSteps == 5)
        #expect(built.facts.totalSteps == 10 + 20 + 40 + 5)
    }

    static func noisy(_ extra: String) throws -> (noisy: [Double], clean: [Double]) {
        let base = #"{"type": "timm.cosine", "lr": 0.1, "t_initial": 200, "lr_min": 0.001"#
        let noisy = try ScheduleCatalog.standard.build(try ScheduleSpec.parse(json: base + ", " + extra + "}"))
        let clean = try ScheduleCatalog.standard.build(try ScheduleSpec.parse(json: base + "}"))
        return (noisy.rates(steps: 200), clean.rates(steps: 200))
    }

    @Test("noise stays within ±noise_pct and only inside noise_range_t", arguments: ["normal", "uniform"])
    func noiseBounds(_ type: String) throws {
        let (noisy, clean) = try Self.noisy(#""noise_range_t": [50, 150], "noise_pct": 0.2, "noise_type": "\#(type)""#)
        let relative = zip(noisy, clean).map { ($0 - $1) / $1 }
        #expect(relative[..<50].allSatisfy { $0 == 0 })
        #expect(relative[150...].allSatisfy { $0 == 0 })
        let inside = relative[50..<150]
        #expect(inside.allSatisfy { abs($0) < 0.2 + 1e-12 })
        #expect(inside.filter { $0 != 0 }.count == 100)
        #expect(inside.contains { $0 > 0.02 } && inside.contains { $0 < -0.02 })
        let mean = inside.reduce(0, +) / Double(inside.count)
        #expect(abs(mean) < 0.05)
    }

    @Test("noise from a single start runs to the end")
    func noiseOpenRange() throws {
        let (noisy, clean) = try Self.noisy(#""noise_range_t": [120]"#)
        #expect(noisy[..<120] == clean[..<120])
        #expect(zip(noisy[120...], clean[120...]).allSatisfy { $0 != $1 && abs($0 - $1) < 0.67 * $1 })
    }

    @Test("normal noise has noise_std spread when pct does not bind")
    func noiseSpread() {
        let noise = Timm.Noise(Timm.Cyclic(lr: 1, cycles: Timm.CycleLayout(tInitial: 10)), start: 0, pct: 100, std: 0.3)
        let draws = (0..<4000).map { noise.noise(at: $0) }
        let mean = draws.reduce(0, +) / Double(draws.count)
        let std = sqrt(draws.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(draws.count - 1))
        #expect(abs(mean) < 0.03)
        #expect(abs(std - 0.3) < 0.03)
    }

    @Test("same seed gives the same noise, another seed different noise")
    func noiseSeeds() throws {
        let first = try Self.noisy(#""noise_range_t": [0], "noise_seed": 7"#).noisy
        let again = try Self.noisy(#""noise_range_t": [0], "noise_seed": 7"#).noisy
        let other = try Self.noisy(#""noise_range_t": [0], "noise_seed": 8"#).noisy
        #expect(first == again)
        #expect(zip(first, other).filter { $0 != $1 }.count > 190)
    }

    @Test(
        "inconsistent specs name the field",
        arguments: [
            (#"{"type": "timm.cosine", "lr": 0.1, "t_initial": 10, "lr_min": 0.5}"#, "lr_min"),
            (#"{"type": "timm.cosine", "lr": 0.1, "t_initial": 10, "cycle_mul": 0.5}"#, "cycle_mul"),
            (#"{"type": "timm.cosine", "lr": 0.1, "t_initial": 10, "noise_range_t": [5, 5]}"#, "noise_range_t"),
            (#"{"type": "timm.cosine", "lr": 0.1, "t_initial": 10, "noise_range_t": [1, 2, 3]}"#, "noise_range_t"),
            (#"{"type": "timm.cosine", "lr": 0.1, "t_initial": 10, "noise_type": "gauss"}"#, "noise_type"),
            (#"{"type": "timm.cosine", "lr": 0.1, "t_initial": 10, "noise_pct": 0}"#, "noise_pct"),
            (#"{"type": "timm.tanh", "lr": 0.1, "t_initial": 10, "lb": 3, "ub": -7}"#, "lb"),
            (#"{"type": "timm.multistep", "lr": 0.1, "decay_t": [10, 5]}"#, "decay_t"),
            (#"{"type": "timm.step", "lr": 0.1, "decay_t": 0}"#, "decay_t"),
            (#"{"type": "timm.wsd", "lr": 0.1, "t_initial": 10, "decay_t": 20}"#, "decay_t"),
            (
                #"{"type": "timm.wsd", "lr": 0.1, "t_initial": 10, "decay_t": 5, "stable_fn": "rsqrt"}"#,
                "stable_timescale"
            ),
            (#"{"type": "timm.wsd", "lr": 0.1, "t_initial": 10, "decay_t": 5, "decay_ratio": 1}"#, "decay_ratio"),
            (#"{"type": "timm.poly", "t_initial": 10}"#, "lr"),
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
