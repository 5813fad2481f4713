import Testing

@testable import Tensors

/// The ReLU gradient mask (`keepWherePositive`) and the product masked as it is written
/// (`multiply(_:_:into:keepingWherePositive:)`).
@Suite("ReLU gradient masks: torch's threshold_backward, alone and fused into the product")
struct KeepWherePositiveTests {
    /// Mask entries with every special case, repeated past whole vectors into a tail (37 = 2·16 + 5).
    static let specials: [Float] = [
        .nan, -0.0, 0, -1.5, 2.25, .infinity, -.infinity, .leastNonzeroMagnitude, -.leastNonzeroMagnitude,
    ]

    @Test("Values kept where the mask is above 0 or NaN; +0 where it is 0, −0 or below")
    func definition() throws {
        let mask = try Matrix(rows: 1, columns: 37, values: (0..<37).map { Self.specials[$0 % Self.specials.count] })
        let values = try Matrix(rows: 1, columns: 37, values: (0..<37).map { Float($0) - 18.5 })
        var output = Matrix(rows: 0, columns: 0)
        try Matrix.keepWherePositive(values, mask: mask, into: &output)
        for i in 0..<37 {
            let g = mask[0, i]
            let expected: Float = g.isNaN || g > 0 ? values[0, i] : 0
            #expect(output[0, i].bitPattern == expected.bitPattern, "mask \(g)")
        }
    }

    @Test("A mask of another shape is refused, naming both shapes")
    func shapeErrors() throws {
        var output = Matrix(rows: 0, columns: 0)
        let error = #expect(throws: TensorsError.self) {
            try Matrix.keepWherePositive(Matrix(rows: 2, columns: 3), mask: Matrix(rows: 3, columns: 2), into: &output)
        }
        #expect(error?.message.contains("3×2") == true && error?.message.contains("2×3") == true)
        #expect(throws: TensorsError.self) {
            try Matrix.multiply(
                Matrix(rows: 2, columns: 3), Matrix(rows: 3, columns: 4), into: &output,
                keepingWherePositive: Matrix(rows: 2, columns: 3))
        }
        #expect(throws: TensorsError.self) {
            try Matrix.multiply(
                Matrix(rows: 2, columns: 3), Matrix(rows: 2, columns: 4), into: &output,
                keepingWherePositive: Matrix(rows: 2, columns: 4))
        }
    }

    /// (M, K, N, backend): row-wise products (K ≤ 12) whose rows are masked a few at a time (N of 3000 gives groups
    /// of 2 rows; odd M leaves a short last group), packed tiles, a system BLAS when one is installed, and K = 0.
    @Test(
        "The fused product has the bits of multiply then keepWherePositive, at 1–3 threads",
        arguments: [
            (37, 10, 3000, GEMM.Backend.pureSwift), (64, 2, 512, .pureSwift), (5, 1, 17, .pureSwift),
            (33, 40, 70, .pureSwift), (300, 64, 200, .automatic), (200, 300, 300, .systemBLAS), (4, 0, 9, .pureSwift),
        ])
    func fusedEqualsTwoPasses(shape: (Int, Int, Int, GEMM.Backend)) throws {
        let (m, k, n, backend) = shape
        let a = NaiveReference.matrix(m, k, seed: 71)
        let b = NaiveReference.matrix(k, n, seed: 72)
        var mask = NaiveReference.matrix(m, n, seed: 73)
        mask.withUnsafeMutableBufferPointer { g in
            for i in stride(from: 0, to: g.count, by: 7) { g[i] = Self.specials[i % Self.specials.count] }
        }
        for threads in 1...3 {
            var product = Matrix(rows: 0, columns: 0)
            try Matrix.multiply(a, b, into: &product, backend: backend, threadCount: threads)
            var twoPasses = Matrix(rows: 0, columns: 0)
            try Matrix.keepWherePositive(product, mask: mask, into: &twoPasses)
            var fused = Matrix(rows: 1, columns: 1, repeating: .nan)
            try Matrix.multiply(a, b, into: &fused, keepingWherePositive: mask, backend: backend, threadCount: threads)
            #expect(fused.rows == m && fused.columns == n)
            #expect(fused.values.map(\.bitPattern) == twoPasses.values.map(\.bitPattern), "\(threads) threads")
            #expect(fused.values.contains(0) && fused.values.contains { $0 != 0 } || k == 0)
        }
    }

    @Test("Every row is masked exactly once when a row-wise kernel hands rows over in groups")
    func rowGroupsCoverEveryRowOnce() throws {
        let (m, k, n) = (41, 3, 5000)
        let a = NaiveReference.matrix(m, k, seed: 74)
        let b = NaiveReference.matrix(k, n, seed: 75)
        let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: m)
        defer { counts.deallocate() }
        counts.initialize(repeating: 0)
        let shared = UncheckedSendable(counts)
        var c = Matrix(rows: m, columns: n)
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                c.withUnsafeMutableBufferPointer { pc in
                    GEMM.multiply(
                        transposeA: false, transposeB: false, m: m, n: n, k: k, alpha: 1, a: pa.baseAddress, lda: k,
                        b: pb.baseAddress, ldb: n, beta: 0, c: pc.baseAddress, ldc: n, backend: .pureSwift,
                        threadCount: 2
                    ) { rows in
                        #expect(rows.count <= max(1, GEMMKernel.rowsDoneChunk / n))
                        for row in rows { shared.value[row] += 1 }
                    }
                }
            }
        }
        #expect(Array(counts) == [Int](repeating: 1, count: m))
    }
}
