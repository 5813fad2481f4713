import Foundation
import Testing

@testable import Drift

struct RiverFixture: Decodable {
    struct Segment: Decodable {
        var kind: String
        var seed: UInt64
        var n: Int
        var shift: Double
        var scale: Double
        var slope: Double
        var p: Double

        var values: [Double] {
            if kind == "bernoulli" {
                return FixtureSample(seed: seed, n: n, shape: "uniform", shift: 0, scale: 1).values.map {
                    $0 < p ? 1 : 0
                }
            }
            let bell = FixtureSample(seed: seed, n: n, shape: "bell", shift: 0, scale: 1).values
            return bell.enumerated().map { i, v in (v * scale + shift) + slope * Double(i) }
        }
    }
    struct Case: Decodable {
        var stream: String
        var detector: String
        var drifts: [Int]
        var warnings: [Int]
    }
    var river: String
    var streams: [String: [Segment]]
    var cases: [Case]

    static let shared: RiverFixture? = try? Fixture.load("drift_river.json", as: RiverFixture.self)
}

/// Runs a detector over a stream, collecting drift and warning indexes.
func run(_ detector: inout some StreamingDetector, _ values: [Double]) -> (drifts: [Int], warnings: [Int]) {
    var drifts: [Int] = []
    var warnings: [Int] = []
    for (i, x) in values.enumerated() {
        switch detector.update(x) {
        case .drift: drifts.append(i)
        case .warning: warnings.append(i)
        case .stable: break
        }
    }
    return (drifts, warnings)
}

@Suite("Streaming detectors match River 0.26")
struct StreamingParityTests {
    let fixture = try! #require(RiverFixture.shared)

    func detector(_ name: String) throws -> any StreamingDetector {
        switch name {
        case "ADWIN": return try ADWIN()
        case "ADWIN_clock1": return try ADWIN(delta: 0.01, clock: 1, gracePeriod: 5)
        case "PageHinkley": return PageHinkley()
        case "PageHinkley_up20": return PageHinkley(minInstances: 10, threshold: 20, mode: .up)
        case "DDM": return DDM()
        case "EDDM": return try EDDM()
        case "HDDM_A": return HDDMA()
        case "HDDM_A_two_sided": return HDDMA(twoSided: true)
        case "HDDM_W": return HDDMW()
        case "HDDM_W_two_sided": return HDDMW(twoSided: true)
        default: throw DriftError(.invalidParameter, "unknown detector \(name) in fixture")
        }
    }

    @Test(
        "drift and warning indexes equal River's on abrupt, gradual, stable and Bernoulli streams",
        arguments: [
            "ADWIN", "ADWIN_clock1", "PageHinkley", "PageHinkley_up20", "DDM", "EDDM", "HDDM_A",
            "HDDM_A_two_sided", "HDDM_W", "HDDM_W_two_sided",
        ])
    func parity(name: String) throws {
        let cases = fixture.cases.filter { $0.detector == name }
        #expect(!cases.isEmpty)
        for item in cases {
            let values = try #require(fixture.streams[item.stream]).flatMap(\.values)
            var detector = try detector(name)
            let result = run(&detector, values)
            #expect(
                result.drifts == item.drifts,
                "\(name) on \(item.stream): \(result.drifts.prefix(8)) vs \(item.drifts.prefix(8))")
            #expect(
                result.warnings == item.warnings,
                "\(name) warnings on \(item.stream): \(result.warnings.count) vs \(item.warnings.count)")
        }
    }
}
