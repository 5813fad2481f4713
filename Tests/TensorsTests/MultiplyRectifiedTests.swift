import Testing

@testable import Tensors

/// `Matrix.multiplyRectified`: a ReLU then a Dense layer's product, with the bits of the two passes.
@Suite("A ReLU's output rectified just before the product reads it")
struct MultiplyRectifiedTests {
    /// A layer input with every value the ReLU treats specially, past whole vectors into a tail.
    static func input(_ rows: Int, _ columns: Int, seed: UInt64) -> Matrix {
        var x = NaiveReference.matrix(rows, columns, seed: seed)
        let specials: [Float] = [.nan, -0.0, 0, -.infinity, .infinity, -.leastNonzeroMagnitude]
        x.withUnsafeMutableBufferPointer { values in
            for i in stride(from: 0, to: values.count, by: 5) { values[i] = specials[(i / 5) % specials.count] }
        }
        return x
    }

    /// The two passes: `rectify`, then the product onto `c`.
    static func twoPasses(_ a: Matrix, _ b: Matrix, c: Matrix, beta: Float) throws -> (Matrix, Matrix) {
        var rectified = Matrix(rows: a.rows, columns: a.columns)
        a.withUnsafeBufferPointer { x in
            rectified.withUnsafeMutableBufferPointer { y in
                if let x = x.baseAddress, let y = y.baseAddress { Matrix.rectify(x, into: y, count: a.count) }
            }
        }
        var c = c
        try Matrix.multiply(rectified, b, into: &c, transposeB: true, beta: beta)
        return (rectified, c)
    }

    static func bits(_ m: Matrix) -> [UInt32] { m.values.map(\.bitPattern) }

    /// (M, K, N, backend): row dot products (N ≤ 12) over rows rectified four at a time (K of 2100 gives groups of
    /// 4; M of 37 leaves a short last group), packed tiles, a system BLAS when one is installed, and K = 0.
    @Test(
        "Same bits as rectify then multiply, onto zero or onto C, at 1–3 threads",
        arguments: [
            (37, 2100, 10, GEMM.Backend.pureSwift), (9, 300, 3, .automatic), (33, 40, 70, .pureSwift),
            (200, 300, 300, .systemBLAS), (4, 0, 9, .pureSwift), (3, 17, 1, .automatic),
        ])
    func matchesTwoPasses(shape: (Int, Int, Int, GEMM.Backend)) throws {
        let (m, k, n, backend) = shape
        let a = Self.input(m, k, seed: 81)
        let b = NaiveReference.matrix(n, k, seed: 82)
        let start = NaiveReference.matrix(m, n, seed: 83)
        for beta: Float in [0, 1] {
            let (expectedRectified, expectedProduct) = try Self.twoPasses(a, b, c: start, beta: beta)
            for threads in 1...3 {
                var rectified = Matrix(rows: 1, columns: 1, repeating: 7)
                var c = start
                try Matrix.multiplyRectified(
                    a, rectifiedInto: &rectified, transposedB: b, into: &c, beta: beta, backend: backend,
                    threadCount: threads)
                #expect(Self.bits(rectified) == Self.bits(expectedRectified), "rectified, \(threads) threads")
                #expect(Self.bits(c) == Self.bits(expectedProduct), "product, beta \(beta), \(threads) threads")
            }
        }
        // The ReLU did something: NaN kept, negatives and −0 to +0.
        let (rectified, _) = try Self.twoPasses(a, b, c: start, beta: 0)
        #expect(k == 0 || (rectified.values.contains { $0.isNaN } && !rectified.values.contains { $0 < 0 }))
        #expect(!rectified.values.contains { $0 == 0 && $0.sign == .minus })
    }

    @Test("With no columns of C the input is still rectified; mismatched shapes are refused, naming them")
    func emptyProductAndShapes() throws {
        let a = Self.input(3, 20, seed: 84)
        var rectified = Matrix(rows: 0, columns: 0)
        var c = Matrix(rows: 0, columns: 0)
        try Matrix.multiplyRectified(a, rectifiedInto: &rectified, transposedB: Matrix(rows: 0, columns: 20), into: &c)
        #expect(rectified.rows == 3 && rectified.columns == 20 && c.rows == 3 && c.columns == 0)
        #expect(Self.bits(rectified) == Self.bits(try Self.twoPasses(a, Matrix(rows: 1, columns: 20), c: c, beta: 0).0))
        let width = #expect(throws: TensorsError.self) {
            try Matrix.multiplyRectified(
                a, rectifiedInto: &rectified, transposedB: Matrix(rows: 2, columns: 19), into: &c)
        }
        #expect(width?.message.contains("3×20") == true && width?.message.contains("2×19") == true)
        var wrong = Matrix(rows: 2, columns: 2)
        let target = #expect(throws: TensorsError.self) {
            try Matrix.multiplyRectified(
                a, rectifiedInto: &rectified, transposedB: Matrix(rows: 4, columns: 20), into: &wrong, beta: 1)
        }
        #expect(target?.message.contains("2×2") == true && target?.message.contains("3×4") == true)
    }
}
