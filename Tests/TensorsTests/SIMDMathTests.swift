import Foundation
import Testing

@testable import Tensors

@Suite("Vectorised exp, tanh, logistic and normal CDF against Double-precision libm on dense grids")
struct SIMDMathTests {
    /// `count` evenly spaced values covering `range`, in lanes of eight.
    static func grid(_ range: ClosedRange<Float>, _ count: Int) -> [Float] {
        (0..<count).map { range.lowerBound + (range.upperBound - range.lowerBound) * Float($0) / Float(count - 1) }
    }

    /// Largest relative error of `vector` against `reference` over `xs`.
    static func worstRelativeError(
        _ xs: [Float], _ vector: (SIMD8<Float>) -> SIMD8<Float>, _ reference: (Double) -> Double
    ) -> Double {
        var worst = 0.0
        for x in xs {
            let got = Double(SIMDMath.scalar(x, vector))
            let want = reference(Double(x))
            worst = max(worst, abs(got - want) / max(abs(want), .leastNormalMagnitude))
        }
        return worst
    }

    @Test("exp: relative error below 3e-7 on [-87, 88]; overflow to inf, underflow to 0, NaN stays NaN")
    func exp() {
        #expect(Self.worstRelativeError(Self.grid(-87...88, 4001), SIMDMath.exp, Foundation.exp) < 3e-7)
        let edges = SIMDMath.exp(SIMD8(100, -100, .infinity, -.infinity, .nan, 0, 1, -1))
        #expect(edges[0] == .infinity && edges[1] == 0 && edges[2] == .infinity && edges[3] == 0)
        #expect(edges[4].isNaN && edges[5] == 1)
    }

    @Test("tanh: relative error below 5e-7 on [-20, 20] including tiny arguments; ±1 beyond")
    func tanh() {
        #expect(Self.worstRelativeError(Self.grid(-20...20, 4001), SIMDMath.tanh, Foundation.tanh) < 5e-7)
        #expect(Self.worstRelativeError([1e-30, -1e-7, 1e-3, 0.6249, 0.6251], SIMDMath.tanh, Foundation.tanh) < 5e-7)
        let edges = SIMDMath.tanh(SIMD8(100, -100, .infinity, -.infinity, .nan, 0, 50, -50))
        #expect(edges[0] == 1 && edges[1] == -1 && edges[2] == 1 && edges[3] == -1 && edges[4].isNaN)
    }

    @Test("logistic: relative error below 5e-7 on [-80, 30]")
    func logistic() {
        #expect(
            Self.worstRelativeError(Self.grid(-80...30, 4001), SIMDMath.logistic) { 1 / (1 + Foundation.exp(-$0)) }
                < 5e-7)
    }

    @Test("normal CDF keeps relative precision in the lower tail (2e-5 down to -12) and is 1 - tail above 0")
    func normalCDF() {
        let reference: (Double) -> Double = { 0.5 * erfc(-$0 / 2.0.squareRoot()) }
        #expect(Self.worstRelativeError(Self.grid(-12...0, 2001), SIMDMath.normalCDF, reference) < 2e-5)
        for x in Self.grid(0...12, 2001) {
            #expect(abs(Double(SIMDMath.scalar(x, SIMDMath.normalCDF)) - reference(Double(x))) < 2e-7)
        }
    }
}
