// Compiled with the micro-kernels (see MicroKernelTiles.swift).

/// Products `C = alpha * A · B + beta * C` with a short K (at most `GEMMKernel.rowCombinationsMaximumDepth`: the
/// input gradient `dY · W` of a classifier's output layer), computed row by row without packing: each row of C is
/// a combination of B's few rows, which stay in cache.
///
/// The packed path runs a whole micro-kernel call, with its setup and C traffic, for K of 2 or 10 multiply-adds per
/// element. Each element here is one chain of fused multiply-adds over K in order, from +0:
/// `s = fma(A[i, p], B[p, j], s)` for p = 0, 1, …, then `alpha · s` (`+ beta · C` when beta ≠ 0, rounded
/// separately), the same order as `OuterSums`; vectors hold 16 chains side by side, so the bits do not depend on
/// blocking, the vector width or threads.
package enum RowCombinations {
    /// The same entry point as `RowDots`': rows `0..<rows`, columns `0..<n` of C.
    package typealias Run = RowDots.Run

    typealias Vector = OuterSums.Vector
    typealias Four = OuterSums.Four

    /// Fills rows `0..<rows`, columns `0..<n` of C.
    package static let run: Run = { a, lda, b, ldb, c, ldc, rows, n, k, alpha, beta in
        let output = OuterSums.Output(c: c, ldc: ldc, alpha: alpha, beta: beta)
        var i = 0
        while i &+ 2 <= rows {
            var j = 0
            while j &+ 64 <= n {
                let (first, second) = twoRows(a + i &* lda, lda, b + j, ldb, k)
                output.store(first, row: i, column: j)
                output.store(second, row: i &+ 1, column: j)
                j &+= 64
            }
            for r in i..<(i &+ 2) { remainder(a + r &* lda, b, ldb, k, output, row: r, from: j, to: n) }
            i &+= 2
        }
        if i < rows { remainder(a + i &* lda, b, ldb, k, output, row: i, from: 0, to: n) }
    }

    /// Two rows of C over 64 columns: eight chains per step, enough to hide the fused multiply-add's latency.
    @inline(__always)
    static func twoRows(_ a: UnsafePointer<Float>, _ lda: Int, _ b: UnsafePointer<Float>, _ ldb: Int, _ k: Int)
        -> (Four, Four)
    {
        let zero = Vector.zero
        var (s0, s1) = ((zero, zero, zero, zero), (zero, zero, zero, zero))
        var y = b
        for p in 0..<k {
            let (f0, f1) = (Vector(repeating: a[p]), Vector(repeating: a[lda &+ p]))
            var row = OuterSums.load(y)
            s0.0.addProduct(f0, row)
            s1.0.addProduct(f1, row)
            row = OuterSums.load(y + 16)
            s0.1.addProduct(f0, row)
            s1.1.addProduct(f1, row)
            row = OuterSums.load(y + 32)
            s0.2.addProduct(f0, row)
            s1.2.addProduct(f1, row)
            row = OuterSums.load(y + 48)
            s0.3.addProduct(f0, row)
            s1.3.addProduct(f1, row)
            y += ldb
        }
        return (s0, s1)
    }

    /// Columns `from..<to` of one row: 16 at a time, then one at a time.
    @inline(__always)
    static func remainder(
        _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ ldb: Int, _ k: Int, _ output: OuterSums.Output,
        row: Int, from: Int, to: Int
    ) {
        var j = from
        while j &+ 16 <= to {
            var sum = Vector.zero
            for p in 0..<k { sum.addProduct(Vector(repeating: a[p]), OuterSums.load(b + (p &* ldb &+ j))) }
            output.store(sum, at: output.c + (row &* output.ldc &+ j))
            j &+= 16
        }
        while j < to {
            var sum: Float = 0
            for p in 0..<k { sum = sum.addingProduct(a[p], b[p &* ldb &+ j]) }
            output.store(sum, at: output.c + (row &* output.ldc &+ j))
            j &+= 1
        }
    }
}
