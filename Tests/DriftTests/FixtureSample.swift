import Drift
import Foundation

/// The deterministic sample generator shared with scripts/fixtures/drift_*.py (SplitMix64), so fixtures
/// store only generator settings, never raw samples.
struct FixtureSample: Codable {
    var seed: UInt64
    var n: Int
    var shape: String
    var shift: Double
    var scale: Double

    var values: [Double] {
        var generator = SplitMix64(seed: seed)
        func next() -> Double { generator.nextUnit() }
        return (0..<n).map { _ in
            let v: Double
            switch shape {
            case "uniform": v = next()
            case "bell":
                let (a, b, c, d) = (next(), next(), next(), next())
                v = ((a + b) + (c + d)) - 2.0
            default: v = (next() * 8.0).rounded(.down)
            }
            return v * scale + shift
        }
    }
}

enum Fixture {
    static func load<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
        return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
    }
}

/// |actual - expected| <= absolute + relative·|expected|.
func close(_ actual: Double, _ expected: Double, absolute: Double = 1e-9, relative: Double = 1e-9) -> Bool {
    abs(actual - expected) <= absolute + relative * abs(expected)
}
