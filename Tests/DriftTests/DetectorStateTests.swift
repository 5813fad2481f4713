import Foundation
import Testing

@testable import Drift

@Suite("Streaming detector state is Codable and resumable; KSWIN is seeded")
struct DetectorStateTests {
    static let stream =
        FixtureSample(seed: 3, n: 3000, shape: "bell", shift: 0, scale: 1).values
        + FixtureSample(seed: 4, n: 3000, shape: "bell", shift: 1.5, scale: 1).values

    func resumed<D: StreamingDetector>(_ make: () throws -> D) throws -> (straight: [Int], resumed: [Int]) {
        var straight = try make()
        let all = straight.driftIndexes(in: Self.stream)
        var first = try make()
        let head = first.driftIndexes(in: Self.stream[..<2999])
        let saved = try JSONEncoder().encode(first)
        var second = try JSONDecoder().decode(D.self, from: saved)
        let tail = second.driftIndexes(in: Self.stream[2999...]).map { $0 + 2999 }
        return (all, head + tail)
    }

    @Test("saving and restoring mid-stream gives the same detections")
    func codableResume() throws {
        let adwin = try resumed { try ADWIN() }
        #expect(!adwin.straight.isEmpty)
        #expect(adwin.straight == adwin.resumed)
        let ph = try resumed { PageHinkley(threshold: 20) }
        #expect(ph.straight == ph.resumed)
        let kswin = try resumed { try KSWIN(seed: 9) }
        #expect(kswin.straight == kswin.resumed)
        let hddm = try resumed { HDDMW(twoSided: true) }
        #expect(hddm.straight == hddm.resumed)
    }

    @Test("KSWIN detects an abrupt shift, is reproducible for a seed, and is silent before the window fills")
    func kswin() throws {
        var a = try KSWIN(seed: 1)
        var b = try KSWIN(seed: 1)
        let first = a.driftIndexes(in: Self.stream)
        #expect(first == b.driftIndexes(in: Self.stream))
        #expect(first.contains { $0 >= 3000 && $0 < 3200 })
        var short = try KSWIN(seed: 1)
        #expect(short.driftIndexes(in: Self.stream[..<99]).isEmpty)
    }
}
