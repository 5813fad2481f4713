import Foundation
import Tensors
import Testing

@testable import Training

/// Loading of the PyTorch fixtures written by scripts/fixtures/training_torch.py, and tolerant comparison.
enum TorchFixture {
    static func load<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
        return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
    }

    /// `|actual − expected| <= atol + rtol·|expected|` elementwise, reporting the first mismatch.
    static func expectClose(
        _ actual: [Float], _ expected: [Float], rtol: Float = 1e-5, atol: Float = 1e-6, _ what: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(
            actual.count == expected.count, "\(what): \(actual.count) values, expected \(expected.count)",
            sourceLocation: sourceLocation)
        for (i, (a, e)) in zip(actual, expected).enumerated() where !(abs(a - e) <= atol + rtol * abs(e)) {
            Issue.record("\(what)[\(i)] = \(a), torch \(e) (diff \(abs(a - e)))", sourceLocation: sourceLocation)
            return
        }
    }
}

/// A matrix as the fixtures store it.
struct FixtureMatrix: Decodable {
    var rows: Int
    var columns: Int
    var values: [Float]

    var matrix: Matrix { get throws { try Matrix(rows: rows, columns: columns, values: values) } }
}

/// A layer description as the fixture script writes it.
struct FixtureLayer: Decodable {
    struct DenseSize: Decodable {
        var inputs: Int
        var outputs: Int
        var bias: Bool
    }
    var dense: DenseSize?
    var activation: String?
    var slope: Float?
    var layerNorm: Int?
    var dropout: Double?

    var spec: LayerSpec {
        get throws {
            if let dense { return .dense(inputs: dense.inputs, outputs: dense.outputs, bias: dense.bias) }
            if let layerNorm { return .layerNorm(features: layerNorm, epsilon: 1e-5) }
            if let dropout { return .dropout(probability: dropout) }
            switch activation {
            case "relu": return .activation(.relu)
            case "leaky_relu": return .activation(.leakyReLU(negativeSlope: slope ?? 0.01))
            case "gelu": return .activation(.gelu)
            case "tanh": return .activation(.tanh)
            case "sigmoid": return .activation(.sigmoid)
            default: throw TrainingError(.invalidSpec, "fixture layer \(String(describing: activation))")
            }
        }
    }
}
