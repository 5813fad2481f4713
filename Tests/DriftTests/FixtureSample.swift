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
        var state = seed
        func next() -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            return Double(z >> 11) * 0x1p-53
        }
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
