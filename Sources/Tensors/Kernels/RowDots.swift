// Compiled with the micro-kernels (see MicroKernelTiles.swift).

/// Products `C = alpha * A · Bᵀ + beta * C` whose C has only a few columns (a classifier's output layer), computed
/// as dot products of rows without packing: A is read in place, four rows at a time, against each B row.
///
/// The packed path pays a transposing copy of all of A to fill a few columns of tiles, most of them padding; here
/// every element of C is one dot product of an A row and a B row. Each dot product runs the same operations in the
/// same order wherever its element lies (16 lane sums over K with fused multiply-adds, the K tail in the low
/// lanes, then a fixed pairwise reduction), so the bits do not depend on blocking or threads.
package enum RowDots {
    package typealias Run =
        @Sendable (
            _ a: UnsafePointer<Float>, _ lda: Int, _ b: UnsafePointer<Float>, _ ldb: Int,
            _ c: UnsafeMutablePointer<Float>, _ ldc: Int, _ rows: Int, _ n: Int, _ k: Int, _ alpha: Float,
            _ beta: Float
        ) -> Void

    /// Fills rows `0..<rows`, columns `0..<n` of C (`beta == 0` does not read C).
    package static let run: Run = { a, lda, b, ldb, c, ldc, rows, n, k, alpha, beta in
        func store(_ dot: Float, _ target: UnsafeMutablePointer<Float>) {
            target.pointee = beta == 0 ? alpha * dot : alpha * dot + beta * target.pointee
        }
        var i = 0
        while i &+ 4 <= rows {
            let x = a + i &* lda
            var j = 0
            while j &+ 4 <= n {
                let dots = fourByFour(x, lda, b + j &* ldb, ldb, k)
                for r in 0..<4 {
                    for q in 0..<4 { store(dots[r &* 4 &+ q], c + ((i &+ r) &* ldc &+ j &+ q)) }
                }
                j &+= 4
            }
            while j < n {
                let dots = fourByOne(x, lda, b + j &* ldb, k)
                for r in 0..<4 { store(dots[r], c + ((i &+ r) &* ldc &+ j)) }
                j &+= 1
            }
            i &+= 4
        }
        while i < rows {
            for j in 0..<n {
                var acc = SIMD16<Float>.zero
                let (x, y) = (a + i &* lda, b + j &* ldb)
                var p = 0
                while p &+ 16 <= k {
                    acc.addProduct(load(x + p), load(y + p))
                    p &+= 16
                }
                if p < k { acc.addProduct(tail(x, p, k), tail(y, p, k)) }
                store(reduce(acc), c + (i &* ldc &+ j))
            }
            i &+= 1
        }
    }

    /// Dot products of four A rows with four B rows, in row-major order.
    @inline(__always)
    static func fourByFour(
        _ x: UnsafePointer<Float>, _ lda: Int, _ y: UnsafePointer<Float>, _ ldb: Int, _ k: Int
    ) -> SIMD16<Float> {
        let zero = SIMD16<Float>.zero
        var acc: Sums = (zero, zero, zero, zero, zero, zero, zero, zero, zero, zero, zero, zero, zero, zero, zero, zero)
        let (x0, x1, x2, x3) = (x, x + lda, x + 2 &* lda, x + 3 &* lda)
        let (y0, y1, y2, y3) = (y, y + ldb, y + 2 &* ldb, y + 3 &* ldb)
        var p = 0
        while p &+ 16 <= k {
            accumulate(
                &acc, (load(x0 + p), load(x1 + p), load(x2 + p), load(x3 + p)),
                (load(y0 + p), load(y1 + p), load(y2 + p), load(y3 + p)))
            p &+= 16
        }
        if p < k {
            accumulate(
                &acc, (tail(x0, p, k), tail(x1, p, k), tail(x2, p, k), tail(x3, p, k)),
                (tail(y0, p, k), tail(y1, p, k), tail(y2, p, k), tail(y3, p, k)))
        }
        return SIMD16(
            reduce(acc.0), reduce(acc.1), reduce(acc.2), reduce(acc.3), reduce(acc.4), reduce(acc.5),
            reduce(acc.6), reduce(acc.7), reduce(acc.8), reduce(acc.9), reduce(acc.10), reduce(acc.11),
            reduce(acc.12), reduce(acc.13), reduce(acc.14), reduce(acc.15))
    }

    /// The 16 lane sums of a 4×4 block, row-major.
    typealias Sums = (
        SIMD16<Float>, SIMD16<Float>, SIMD16<Float>, SIMD16<Float>, SIMD16<Float>, SIMD16<Float>, SIMD16<Float>,
        SIMD16<Float>, SIMD16<Float>, SIMD16<Float>, SIMD16<Float>, SIMD16<Float>, SIMD16<Float>, SIMD16<Float>,
        SIMD16<Float>, SIMD16<Float>
    )
    typealias Four = (SIMD16<Float>, SIMD16<Float>, SIMD16<Float>, SIMD16<Float>)

    /// One K vector of a 4×4 block: `acc[r * 4 + q] += x[r] * y[q]`.
    @inline(__always)
    static func accumulate(_ acc: inout Sums, _ x: Four, _ y: Four) {
        acc.0.addProduct(x.0, y.0)
        acc.1.addProduct(x.0, y.1)
        acc.2.addProduct(x.0, y.2)
        acc.3.addProduct(x.0, y.3)
        acc.4.addProduct(x.1, y.0)
        acc.5.addProduct(x.1, y.1)
        acc.6.addProduct(x.1, y.2)
        acc.7.addProduct(x.1, y.3)
        acc.8.addProduct(x.2, y.0)
        acc.9.addProduct(x.2, y.1)
        acc.10.addProduct(x.2, y.2)
        acc.11.addProduct(x.2, y.3)
        acc.12.addProduct(x.3, y.0)
        acc.13.addProduct(x.3, y.1)
        acc.14.addProduct(x.3, y.2)
        acc.15.addProduct(x.3, y.3)
    }

    /// Dot products of four A rows with one B row.
    @inline(__always)
    static func fourByOne(_ x: UnsafePointer<Float>, _ lda: Int, _ y: UnsafePointer<Float>, _ k: Int)
        -> SIMD4<Float>
    {
        var (acc0, acc1, acc2, acc3) = (SIMD16<Float>.zero, SIMD16<Float>.zero, SIMD16<Float>.zero, SIMD16<Float>.zero)
        let (x0, x1, x2, x3) = (x, x + lda, x + 2 &* lda, x + 3 &* lda)
        var p = 0
        while p &+ 16 <= k {
            let b = load(y + p)
            acc0.addProduct(load(x0 + p), b)
            acc1.addProduct(load(x1 + p), b)
            acc2.addProduct(load(x2 + p), b)
            acc3.addProduct(load(x3 + p), b)
            p &+= 16
        }
        if p < k {
            let b = tail(y, p, k)
            acc0.addProduct(tail(x0, p, k), b)
            acc1.addProduct(tail(x1, p, k), b)
            acc2.addProduct(tail(x2, p, k), b)
            acc3.addProduct(tail(x3, p, k), b)
        }
        return SIMD4(reduce(acc0), reduce(acc1), reduce(acc2), reduce(acc3))
    }

    @inline(__always)
    static func load(_ pointer: UnsafePointer<Float>) -> SIMD16<Float> {
        UnsafeRawPointer(pointer).loadUnaligned(as: SIMD16<Float>.self)
    }

    /// The lanes of `acc` summed pairwise (halves, then quarters, …), the same on every vector width.
    @inline(__always)
    static func reduce(_ acc: SIMD16<Float>) -> Float {
        let s8 = acc.lowHalf + acc.highHalf
        let s4 = s8.lowHalf + s8.highHalf
        let s2 = s4.lowHalf + s4.highHalf
        return s2[0] + s2[1]
    }

    /// `x[p..<k]` (fewer than 16 values: the K tail) followed by zeros. The padding lanes then add `+0 · +0`,
    /// which changes nothing, as every lane sum starts at +0 and so is never -0. (Per-lane selects compile to scalar
    /// loops in Swift.)
    @inline(__always)
    static func tail(_ x: UnsafePointer<Float>, _ p: Int, _ k: Int) -> SIMD16<Float> {
        var values = SIMD16<Float>.zero
        withUnsafeMutableBytes(of: &values) { bytes in
            bytes.baseAddress!.copyMemory(from: x + p, byteCount: (k &- p) &* 4)
        }
        return values
    }
}
