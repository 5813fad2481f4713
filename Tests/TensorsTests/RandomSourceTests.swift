import Foundation
import Testing

@testable import Tensors

@Suite("RandomSource: xoshiro256** reference stream, distributions, checkpoints")
struct RandomSourceTests {
    struct Fixture: Decodable {
        struct Case: Decodable {
            let seed: String
            let next: [String]
            let uniformDouble: [Double]
            let uniformFloat: [Double]
        }
        let cases: [Case]
    }

    static func fixture() throws -> Fixture {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/tensors_random.json")
        return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
    }

    @Test("Raw 64-bit stream and uniforms equal the reference implementation for five seeds")
    func matchesReference() throws {
        for c in try Self.fixture().cases {
            let seed = try #require(UInt64(c.seed))
            var raw = RandomSource(seed: seed)
            var doubles = RandomSource(seed: seed)
            var floats = RandomSource(seed: seed)
            for i in c.next.indices {
                #expect(String(raw.next(), radix: 16).leftPadded(16) == c.next[i], "seed \(seed) #\(i)")
                #expect(doubles.uniformDouble() == c.uniformDouble[i])
                #expect(Double(floats.uniformFloat()) == c.uniformFloat[i])
            }
        }
    }

    @Test("Codable state resumes the exact stream, including a pending Box–Muller value")
    func checkpointRoundTrip() throws {
        var original = RandomSource(seed: 7)
        for _ in 0..<5 { _ = original.next() }
        _ = original.normal()  // leaves the spare normal pending
        let data = try JSONEncoder().encode(original)
        var restored = try JSONDecoder().decode(RandomSource.self, from: data)
        #expect(restored == original)
        for _ in 0..<20 {
            #expect(restored.normal() == original.normal())
            #expect(restored.next() == original.next())
        }
    }

    @Test("Corrupted checkpoints are rejected: wrong algorithm, bad words, all-zero state")
    func rejectsBadState() {
        let bad = [
            #"{"algorithm":"mt19937","state":["1","2","3","4"]}"#,
            #"{"algorithm":"xoshiro256**","state":["1","2","zz","4"]}"#,
            #"{"algorithm":"xoshiro256**","state":["1","2","3"]}"#,
            #"{"algorithm":"xoshiro256**","state":["0","0","0","0"]}"#,
        ]
        for text in bad {
            #expect(throws: DecodingError.self) { try JSONDecoder().decode(RandomSource.self, from: Data(text.utf8)) }
        }
    }

    @Test("Uniform and normal moments are within 5 standard errors on 20 000 draws")
    func moments() {
        var random = RandomSource(seed: 123)
        let n = 20_000
        let uniforms = (0..<n).map { _ in Double(random.uniformFloat()) }
        #expect(uniforms.allSatisfy { $0 >= 0 && $0 < 1 })
        let uniformMean = uniforms.reduce(0, +) / Double(n)
        #expect(abs(uniformMean - 0.5) < 5 * (1.0 / 12).squareRoot() / Double(n).squareRoot())
        let normals = (0..<n).map { _ in random.normal() }
        let mean = normals.reduce(0, +) / Double(n)
        let variance = normals.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(n - 1)
        #expect(abs(mean) < 5 / Double(n).squareRoot())
        #expect(abs(variance - 1) < 5 * (2.0 / Double(n)).squareRoot())
    }

    @Test("integer(below:) stays in range and hits every value; degenerate bounds give 0")
    func integers() {
        var random = RandomSource(seed: 5)
        var counts = [Int](repeating: 0, count: 7)
        for _ in 0..<7_000 { counts[random.integer(below: 7)] += 1 }
        #expect(counts.allSatisfy { $0 > 800 && $0 < 1_200 })
        #expect(random.integer(below: 1) == 0 && random.integer(below: 0) == 0 && random.integer(below: -3) == 0)
    }

    @Test("shuffle and permutation are seeded permutations")
    func shuffles() {
        var a = RandomSource(seed: 99)
        var b = RandomSource(seed: 99)
        let p = a.permutation(50)
        #expect(p.sorted() == Array(0..<50))
        #expect(p != Array(0..<50))
        var items = Array(0..<50)
        b.shuffle(&items)
        #expect(items == p)
        #expect(a.permutation(0).isEmpty && a.permutation(1) == [0])
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: Swift.max(0, width - count)) + self }
}
