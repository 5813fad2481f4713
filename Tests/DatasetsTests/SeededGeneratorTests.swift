import Foundation
import Testing

@testable import Datasets

@Suite("Seeded random numbers")
struct SeededGeneratorTests {
    struct Fixture: Decodable {
        struct Case: Decodable {
            let seed: String
            let splitmix64: [String]
            let xoshiro256starstar: [String]
        }
        let cases: [Case]
    }

    @Test("SplitMix64 and xoshiro256** match the reference algorithms")
    func reference() throws {
        let fixture = try JSONDecoder().decode(
            Fixture.self, from: Data(contentsOf: TestFiles.fixture("datasets_rng.json")))
        #expect(fixture.cases.count == 4)
        for item in fixture.cases {
            let seed = try #require(UInt64(item.seed))
            var splitMix = SplitMix64(seed: seed)
            #expect(item.splitmix64.map { UInt64($0)! } == (0..<5).map { _ in splitMix.next() })
            var xoshiro = SeededGenerator(seed: seed)
            #expect(item.xoshiro256starstar.map { UInt64($0)! } == (0..<5).map { _ in xoshiro.next() })
        }
    }

    @Test("bounded integers stay in range and cover it; uniform is in [0, 1); normal has mean 0 and sd 1")
    func distributions() {
        var generator = SeededGenerator(seed: 3)
        var counts = Array(repeating: 0, count: 7)
        for _ in 0..<7_000 { counts[generator.integer(below: 7)] += 1 }
        #expect(counts.allSatisfy { $0 > 850 && $0 < 1_150 })
        let uniforms = (0..<10_000).map { _ in generator.uniform() }
        #expect(uniforms.allSatisfy { $0 >= 0 && $0 < 1 })
        let normals = (0..<20_000).map { _ in generator.normal() }
        let mean = normals.reduce(0, +) / Double(normals.count)
        let variance = normals.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(normals.count)
        // Standard errors: 1/sqrt(20000) ≈ 0.007 for the mean, ≈ 0.01 for the variance; 5 sigma bounds.
        #expect(abs(mean) < 0.035)
        #expect(abs(variance - 1) < 0.05)
    }
}
