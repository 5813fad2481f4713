import Foundation

/// Reference values computed by PyTorch (scripts/fixtures/tensors_activations.py), loaded from Fixtures/.
struct TorchFixture: Decodable {
    struct Pair: Decodable {
        let output: [FixtureFloat]
        let derivative: [FixtureFloat]
    }
    struct SoftmaxRow: Decodable {
        let input: [FixtureFloat]
        let softmax: [FixtureFloat]
        let logSoftmax: [FixtureFloat]
    }
    let x: [FixtureFloat]
    let activations: [String: Pair]
    let softmaxRows: [SoftmaxRow]

    static func load() throws -> TorchFixture {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/tensors_activations.json")
        return try JSONDecoder().decode(TorchFixture.self, from: Data(contentsOf: url))
    }
}

/// A float that JSON stores as a number, or as "nan" / "inf" / "-inf".
struct FixtureFloat: Decodable {
    let value: Float

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self) {
            value = Float(number)
        } else {
            switch try container.decode(String.self) {
            case "nan": value = .nan
            case "inf": value = .infinity
            case "-inf": value = -.infinity
            case let other:
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "bad float \(other)")
            }
        }
    }
}

/// `true` when `actual` equals `expected` within `absolute + relative * |expected|`, treating NaN and infinities
/// as equal only to themselves.
func close(_ actual: Float, _ expected: Float, absolute: Float, relative: Float) -> Bool {
    if expected.isNaN { return actual.isNaN }
    if expected.isInfinite { return actual == expected }
    return abs(actual - expected) <= absolute + relative * abs(expected)
}
