import Foundation
import Testing

@testable import Drift

@Suite("Drift report: automatic choice, thresholds, dataset drift, profiles")
struct DriftReportTests {
    static func numbers(_ seed: UInt64, _ n: Int, shift: Double = 0) -> [Double] {
        FixtureSample(seed: seed, n: n, shape: "bell", shift: shift, scale: 1).values
    }

    @Test(
        "auto follows Evidently's rules and reports the test it chose",
        arguments: [
            (true, 50, 500, DriftMethod.kolmogorovSmirnov), (true, 50, 5000, .wasserstein),
            (true, 4, 500, .chiSquare), (true, 2, 500, .zTest), (false, 3, 1000, .chiSquare),
            (false, 2, 10, .zTest), (false, 7, 1001, .jensenShannon), (true, 5, 2000, .jensenShannon),
        ])
    func autoChoice(numeric: Bool, distinct: Int, count: Int, expected: DriftMethod) {
        #expect(DriftMethod.choose(numeric: numeric, distinctValues: distinct, referenceCount: count) == expected)
    }

    @Test("column results equal the direct tests, and dataset drift uses the configured share")
    func report() throws {
        let reference = [
            DriftColumn.numeric("small", Self.numbers(1, 400)),
            .numeric("large", Self.numbers(2, 3000)),
            .categorical("color", (0..<300).map { ["red", "green", "blue"][$0 % 3] }),
            .numeric("flag", (0..<300).map { Double($0 % 2) }),
        ]
        let current = [
            DriftColumn.numeric("small", Self.numbers(3, 300, shift: 0.5) + [.nan]),
            .numeric("large", Self.numbers(4, 2000)),
            .categorical("color", (0..<200).map { ["red", "green", "blue", "red"][$0 % 4] }),
            .numeric("flag", (0..<200).map { Double($0 % 2) }),
        ]
        let report = try DriftReport(reference: reference, current: current)
        #expect(report.columns.map(\.test) == [.kolmogorovSmirnov, .wasserstein, .chiSquare, .zTest])
        #expect(report.columns.allSatisfy { $0.chosenAutomatically })
        let small = report.columns[0]
        let direct = try KolmogorovSmirnov.test(
            reference: Self.numbers(1, 400), current: Self.numbers(3, 300, shift: 0.5))
        #expect(small.statistic == direct.statistic && small.pValue == direct.pValue)
        #expect(small.currentMissing == 1 && small.currentCount == 300)
        #expect(small.drifted)
        let large = report.columns[1]
        let w = try Wasserstein.normalized(reference: Self.numbers(2, 3000), current: Self.numbers(4, 2000))
        #expect(close(large.statistic, w.statistic, absolute: 1e-12))
        #expect(!large.drifted && large.threshold == 0.1 && large.pValue == nil)
        let expectedDrifted = report.columns.filter(\.drifted).count
        #expect(report.driftedColumns == expectedDrifted)
        #expect(report.driftShare == Double(expectedDrifted) / 4)
        #expect(report.datasetDrift == (report.driftShare >= 0.5))
        var strict = DriftOptions()
        strict.datasetDriftShare = Double(expectedDrifted) / 4 + 0.01
        #expect(try !DriftReport(reference: reference, current: current, options: strict).datasetDrift)
        var loose = DriftOptions()
        loose.datasetDriftShare = Double(max(expectedDrifted, 1)) / 4
        #expect(
            try DriftReport(reference: reference, current: current, options: loose).datasetDrift
                == (expectedDrifted > 0))
    }

    @Test("method and threshold overrides; psi/js on numeric use the profile's quantile bins")
    func overrides() throws {
        let reference = [DriftColumn.numeric("x", Self.numbers(5, 800))]
        let current = [DriftColumn.numeric("x", Self.numbers(6, 600, shift: 0.2))]
        var options = DriftOptions()
        options.method = .psi
        options.columnThresholds["x"] = 0.05
        let report = try DriftReport(reference: reference, current: current, options: options)
        let psi = try PopulationStabilityIndex.index(
            reference: Self.numbers(5, 800), current: Self.numbers(6, 600, shift: 0.2))
        #expect(report.columns[0].statistic == psi.statistic)
        #expect(report.columns[0].threshold == 0.05)
        #expect(report.columns[0].drifted == (psi.statistic >= 0.05))
        options.method = .jensenShannon
        options.jensenShannonBase = 2
        let js = try JensenShannon.test(
            reference: Self.numbers(5, 800), current: Self.numbers(6, 600, shift: 0.2), base: 2)
        #expect(
            try DriftReport(reference: reference, current: current, options: options).columns[0].statistic
                == js.statistic)
    }

    @Test("mismatches and unusable columns are clear errors")
    func errors() throws {
        let reference = [DriftColumn.categorical("c", ["a", "b"])]
        var options = DriftOptions()
        options.method = .kolmogorovSmirnov
        #expect(throws: DriftError.self) {
            try DriftReport(reference: reference, current: [.categorical("c", ["a"])], options: options)
        }
        #expect(throws: DriftError.self) { try DriftReport(reference: reference, current: [.categorical("d", ["a"])]) }
        #expect(throws: DriftError.self) { try DriftReport(reference: reference, current: [.numeric("c", [1])]) }
        #expect(throws: DriftError.self) {
            try DriftReport(reference: [.numeric("n", [1, 2])], current: [.numeric("n", [.nan, .infinity])])
        }
        #expect(throws: DriftError.self) { try ReferenceProfile([.numeric("n", [.nan])]) }
    }

    @Test("profiles round-trip through JSON and give the same report; sketches stay close")
    func profiles() throws {
        let reference = [DriftColumn.numeric("x", Self.numbers(7, 5000)), .categorical("c", ["a", "b", "b", "c"])]
        let current = [DriftColumn.numeric("x", Self.numbers(8, 2000, shift: 0.1)), .categorical("c", ["a", "c"])]
        let profile = try ReferenceProfile(reference)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("drift-profile-\(UUID()).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try profile.write(to: url)
        let loaded = try ReferenceProfile.read(from: url)
        #expect(loaded == profile)
        let report = try DriftReport(reference: loaded, current: current)
        #expect(report == (try DriftReport(reference: reference, current: current)))
        let decoded = try JSONDecoder().decode(DriftReport.self, from: JSONEncoder().encode(report))
        #expect(decoded == report)
        let sketch = try ReferenceProfile(reference, sketchSize: 500)
        #expect(sketch.columns[0].isSketch && sketch.columns[0].sample?.count == 500)
        let approximate = try DriftReport(reference: sketch, current: current)
        #expect(abs(approximate.columns[0].statistic - report.columns[0].statistic) < 0.01)
    }
}
