import Testing

@testable import Tensors

@Suite("GEMM against a naive Double-accumulating reference")
struct GEMMTests {
    static let shapes: [(Int, Int, Int)] = [
        (1, 1, 1), (1, 17, 5), (13, 1, 7), (5, 9, 1), (67, 129, 31), (8, 32, 256), (9, 33, 257), (24, 40, 520),
        (3, 200, 2),
    ]

    @Test("All transpose combinations, odd and prime shapes, alpha and beta", arguments: shapes)
    func matchesReference(shape: (Int, Int, Int)) throws {
        let (m, n, k) = shape
        for (transposeA, transposeB) in [(false, false), (true, false), (false, true), (true, true)] {
            let a = transposeA ? NaiveReference.matrix(k, m, seed: 1) : NaiveReference.matrix(m, k, seed: 1)
            let b = transposeB ? NaiveReference.matrix(n, k, seed: 2) : NaiveReference.matrix(k, n, seed: 2)
            let c0 = NaiveReference.matrix(m, n, seed: 3)
            for (alpha, beta) in [(Float(1), Float(0)), (0.5, 1), (-2, 0.25)] {
                var c = c0
                try Matrix.multiply(
                    a, b, into: &c, transposeA: transposeA, transposeB: transposeB, alpha: alpha, beta: beta,
                    backend: .pureSwift)
                let expected = NaiveReference.gemm(
                    a, b, c: c0, transposeA: transposeA, transposeB: transposeB, alpha: alpha, beta: beta)
                let error = NaiveReference.maxRelativeError(c, expected)
                #expect(error < 1e-5 * Float(k).squareRoot() + 1e-6, "shape \(shape) tA \(transposeA) tB \(transposeB)")
            }
        }
    }

    @Test("Zero-size products: k = 0 scales C by beta, m = 0 or n = 0 give empty results")
    func zeroSizes() throws {
        var c = Matrix(rows: 2, columns: 3, repeating: 4)
        try Matrix.multiply(Matrix(rows: 2, columns: 0), Matrix(rows: 0, columns: 3), into: &c, beta: 0.5)
        #expect(c.values == [Float](repeating: 2, count: 6))
        var d = Matrix(rows: 2, columns: 3, repeating: .nan)
        try Matrix.multiply(Matrix(rows: 2, columns: 0), Matrix(rows: 0, columns: 3), into: &d)
        #expect(d.values == [Float](repeating: 0, count: 6))
        let e = try Matrix.product(Matrix(rows: 0, columns: 4), Matrix(rows: 4, columns: 5))
        #expect(e.rows == 0 && e.columns == 5 && e.isEmpty)
    }

    @Test("beta = 0 ignores NaN already in C, as BLAS does")
    func betaZeroIgnoresNaN() throws {
        var c = Matrix(rows: 3, columns: 3, repeating: .nan)
        try Matrix.multiply(Matrix.identity(3), Matrix.identity(3), into: &c, backend: .pureSwift)
        #expect(c == Matrix.identity(3))
    }

    @Test("Mismatched inner sizes throw shapeMismatch naming both shapes")
    func shapeMismatch() {
        var c = Matrix(rows: 0, columns: 0)
        #expect {
            try Matrix.multiply(Matrix(rows: 2, columns: 3), Matrix(rows: 4, columns: 2), into: &c)
        } throws: { error in
            (error as? TensorsError)?.code == .shapeMismatch && "\(error)".contains("2×3")
        }
        var wrong = Matrix(rows: 5, columns: 5)
        #expect(throws: TensorsError.self) {
            try Matrix.multiply(Matrix(rows: 2, columns: 3), Matrix(rows: 3, columns: 2), into: &wrong, beta: 1)
        }
    }

    @Test("Pointer API honours leading dimensions: a block inside larger matrices, untouched padding")
    func leadingDimensions() {
        let (m, n, k) = (13, 37, 300)
        let (lda, ldb, ldc) = (k + 3, n + 5, n + 2)
        let a = NaiveReference.matrix(m, lda, seed: 11)
        let b = NaiveReference.matrix(k, ldb, seed: 12)
        var c = Matrix(rows: m, columns: ldc, repeating: 7)
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                c.withUnsafeMutableBufferPointer { pc in
                    GEMM.multiply(
                        m: m, n: n, k: k, a: pa.baseAddress, lda: lda, b: pb.baseAddress, ldb: ldb, beta: 1,
                        c: pc.baseAddress, ldc: ldc, backend: .pureSwift, threadCount: 2)
                }
            }
        }
        for i in 0..<m {
            for j in 0..<ldc {
                if j >= n {
                    #expect(c[i, j] == 7, "padding at (\(i), \(j)) was overwritten")
                    continue
                }
                var expected: Double = 7
                for p in 0..<k { expected += Double(a[i, p]) * Double(b[p, j]) }
                #expect(abs(Double(c[i, j]) - expected) < 1e-4 * (1 + abs(expected)))
            }
        }
    }
}
