import Foundation
import Tensors
import Testing

@testable import Training

/// `GradientClipping.clipGlobalNorm` against `torch.nn.utils.clip_grad_norm_`.
@Suite struct OptimizerClippingTests {
    struct Case: Decodable {
        var name: String
        var maxNorm: Double
        var normType: NormType
        var gradients: [[Float]]
        var totalNorm: Double
        var clipped: [[Float]]
    }

    /// A number, or the string `inf`.
    struct NormType: Decodable {
        var value: Double
        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let text = try? container.decode(String.self), text == "inf" {
                value = .infinity
            } else {
                value = try container.decode(Double.self)
            }
        }
    }

    struct File: Decodable { var clipping: [Case] }

    static let names = ["l2_clipped", "l2_unclipped", "inf_clipped", "l1_clipped"]

    static func parameters(_ gradients: [[Float]]) throws -> [Parameter] {
        try gradients.enumerated().map { i, g in
            var p = Parameter(name: "p\(i)", value: Matrix(rows: 1, columns: g.count))
            p.gradient = try Matrix(rows: 1, columns: g.count, values: g)
            return p
        }
    }

    @Test func fixtureHasEveryCase() throws {
        #expect(try TorchFixture.load("torch_optimizers.json", as: File.self).clipping.map(\.name) == Self.names)
    }

    @Test(arguments: names)
    func clippingMatchesTorch(name: String) throws {
        let file = try TorchFixture.load("torch_optimizers.json", as: File.self)
        let fixture = try #require(file.clipping.first { $0.name == name })
        var parameters = try Self.parameters(fixture.gradients)
        let total = try GradientClipping.clipGlobalNorm(
            &parameters, maxNorm: fixture.maxNorm, normType: fixture.normType.value)
        #expect(abs(total - fixture.totalNorm) <= 1e-5 * fixture.totalNorm, "\(total) vs \(fixture.totalNorm)")
        for (p, expected) in zip(parameters, fixture.clipped) {
            TorchFixture.expectClose(p.gradient.values, expected, "\(name) clipped")
        }
    }

    @Test func nonFiniteNormThrowsOnlyWhenAsked() throws {
        var parameters = try Self.parameters([[1, .nan], [2]])
        #expect(throws: TrainingError.self) {
            try GradientClipping.clipGlobalNorm(&parameters, maxNorm: 1, errorIfNonfinite: true)
        }
        let total = try GradientClipping.clipGlobalNorm(&parameters, maxNorm: 1)
        #expect(total.isNaN)
        #expect(GradientClipping.globalNorm(try Self.parameters([[3, .nan]]), normType: .infinity).isNaN)
    }

    @Test func badArgumentsAreErrors() throws {
        var parameters = try Self.parameters([[1, 2]])
        #expect(throws: TrainingError.self) { try GradientClipping.clipGlobalNorm(&parameters, maxNorm: -1) }
        #expect(throws: TrainingError.self) {
            try GradientClipping.clipGlobalNorm(&parameters, maxNorm: 1, normType: 0)
        }
    }
}
