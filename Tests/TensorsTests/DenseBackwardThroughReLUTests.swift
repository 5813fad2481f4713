import Testing

@testable import Tensors

/// `Matrix.denseBackwardThroughReLU` must write the bits of the three separate passes it replaces.
@Suite("A thin Dense layer's backward through a ReLU in one pass")
struct DenseBackwardThroughReLUTests {
    /// A ReLU output with zeros, negative zeros, NaN and infinities among positive values.
    static func reluOutput(rows: Int, columns: Int, seed: UInt64) -> Matrix {
        var random = RandomSource(seed: seed)
        var x = Matrix.randomUniform(rows: rows, columns: columns, lower: -1, upper: 1, using: &random)
        let specials: [Float] = [.nan, -0.0, .infinity, .leastNonzeroMagnitude]
        x.withUnsafeMutableBufferPointer { values in
            for i in values.indices {
                values[i] = i % 11 == 3 ? specials[(i / 11) % specials.count] : max(0, values[i])
            }
        }
        return x
    }

    /// The separate passes: the weight gradient, the masked input gradient, the input gradient's column sums.
    static func separate(
        _ dY: Matrix, _ w: Matrix, _ x: Matrix, dW: Matrix, sums: Matrix, accumulate: Bool
    ) throws -> (Matrix, Matrix, Matrix) {
        var (dW, sums, dX) = (dW, sums, Matrix(rows: 0, columns: 0))
        try Matrix.multiply(dY, x, into: &dW, transposeA: true, beta: accumulate ? 1 : 0)
        try Matrix.multiply(dY, w, into: &dX, keepingWherePositive: x)
        dX.columnSums(into: &sums, accumulate: accumulate)
        return (dW, dX, sums)
    }

    static func bits(_ m: Matrix) -> [UInt32] { m.values.map(\.bitPattern) }

    /// Widths with a tail past whole vectors (37), two blocks of one worker (1100) and one vector (16); outputs
    /// from 1 to the most the pass takes; every thread count splits the columns differently.
    @Test(
        "Same bits as the separate products and column sums, fresh and accumulated",
        arguments: [(5, 37, 1), (40, 1100, 10), (9, 16, 12), (3, 300, 2)], [1, 2, 3])
    func matchesSeparatePasses(shape: (rows: Int, columns: Int, outputs: Int), threads: Int) throws {
        let (rows, n, outputs) = shape
        var random = RandomSource(seed: UInt64(rows * 1000 + n))
        let dY = Matrix.randomUniform(rows: rows, columns: outputs, lower: -1, upper: 1, using: &random)
        let w = Matrix.randomUniform(rows: outputs, columns: n, lower: -0.5, upper: 0.5, using: &random)
        let x = Self.reluOutput(rows: rows, columns: n, seed: 7)
        let oldWeights = Matrix.randomUniform(rows: outputs, columns: n, lower: -1, upper: 1, using: &random)
        let oldSums = Matrix.randomUniform(rows: 1, columns: n, lower: -1, upper: 1, using: &random)
        for accumulate in [false, true] {
            let (expectedW, expectedX, expectedSums) = try Self.separate(
                dY, w, x, dW: oldWeights, sums: oldSums, accumulate: accumulate)
            var dW = oldWeights
            var dX = Matrix(rows: 2, columns: 2, repeating: 9)
            var sums: Matrix? = oldSums
            let ran = try Matrix.denseBackwardThroughReLU(
                outputGradient: dY, weights: w, input: x, weightGradient: &dW, inputGradient: &dX,
                inputColumnSums: &sums, accumulate: accumulate, threadCount: threads)
            #expect(ran)
            #expect(Self.bits(dW) == Self.bits(expectedW), "weight gradient, accumulate \(accumulate)")
            #expect(Self.bits(dX) == Self.bits(expectedX), "input gradient, accumulate \(accumulate)")
            #expect(sums.map(Self.bits) == Self.bits(expectedSums), "column sums, accumulate \(accumulate)")
            // The mask did something, and the accumulation did.
            #expect(dX.values.contains(0) && dX.values.contains { $0 != 0 && !$0.isNaN })
            if accumulate {
                #expect(
                    Self.bits(dW)
                        != Self.bits(try Self.separate(dY, w, x, dW: oldWeights, sums: oldSums, accumulate: false).0))
            }
        }
    }

    @Test("Without column sums only the gradients are written")
    func withoutSums() throws {
        var random = RandomSource(seed: 3)
        let dY = Matrix.randomUniform(rows: 6, columns: 4, lower: -1, upper: 1, using: &random)
        let w = Matrix.randomUniform(rows: 4, columns: 70, lower: -1, upper: 1, using: &random)
        let x = Self.reluOutput(rows: 6, columns: 70, seed: 4)
        let (expectedW, expectedX, _) = try Self.separate(
            dY, w, x, dW: Matrix(rows: 4, columns: 70), sums: Matrix(rows: 1, columns: 70), accumulate: false)
        var (dW, dX) = (Matrix(rows: 4, columns: 70, repeating: 5), Matrix(rows: 0, columns: 0))
        var sums: Matrix? = nil
        #expect(
            try Matrix.denseBackwardThroughReLU(
                outputGradient: dY, weights: w, input: x, weightGradient: &dW, inputGradient: &dX,
                inputColumnSums: &sums, accumulate: false))
        #expect(sums == nil)
        #expect(Self.bits(dW) == Self.bits(expectedW) && Self.bits(dX) == Self.bits(expectedX))
    }

    @Test("Declines, writing nothing, where the separate passes take other paths; refuses mismatched shapes")
    func declinesAndRefuses() throws {
        let x = Self.reluOutput(rows: 4, columns: 32, seed: 1)
        var dX = Matrix(rows: 1, columns: 1, repeating: 7)
        var sums: Matrix? = Matrix(rows: 1, columns: 32, repeating: 2)
        // 13 outputs: more than the row-wise products take.
        var dW = Matrix(rows: 13, columns: 32, repeating: 3)
        #expect(
            try !Matrix.denseBackwardThroughReLU(
                outputGradient: Matrix(rows: 4, columns: 13, repeating: 1), weights: Matrix(rows: 13, columns: 32),
                input: x, weightGradient: &dW, inputGradient: &dX, inputColumnSums: &sums, accumulate: false))
        // A weight gradient or column sums of another shape.
        var small = Matrix(rows: 1, columns: 32, repeating: 3)
        #expect(
            try !Matrix.denseBackwardThroughReLU(
                outputGradient: Matrix(rows: 4, columns: 2, repeating: 1), weights: Matrix(rows: 2, columns: 32),
                input: x, weightGradient: &small, inputGradient: &dX, inputColumnSums: &sums, accumulate: false))
        var shortSums: Matrix? = Matrix(rows: 1, columns: 31)
        var right = Matrix(rows: 2, columns: 32, repeating: 3)
        #expect(
            try !Matrix.denseBackwardThroughReLU(
                outputGradient: Matrix(rows: 4, columns: 2, repeating: 1), weights: Matrix(rows: 2, columns: 32),
                input: x, weightGradient: &right, inputGradient: &dX, inputColumnSums: &shortSums, accumulate: false))
        #expect(dW.values.allSatisfy { $0 == 3 } && small.values.allSatisfy { $0 == 3 })
        #expect(right.values.allSatisfy { $0 == 3 } && dX.values == [7] && sums?.values.allSatisfy { $0 == 2 } == true)
        let error = #expect(throws: TensorsError.self) {
            try Matrix.denseBackwardThroughReLU(
                outputGradient: Matrix(rows: 5, columns: 2), weights: Matrix(rows: 2, columns: 32), input: x,
                weightGradient: &right, inputGradient: &dX, inputColumnSums: &sums, accumulate: false)
        }
        #expect(error?.message.contains("5×2") == true && error?.message.contains("4×32") == true)
    }
}
