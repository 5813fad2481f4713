// Compiled with the micro-kernels (see MicroKernelTiles.swift).

/// Products `C = alpha * Aᵀ · B + beta * C` whose C has only a few rows (a classifier's output-layer weight
/// gradient, `dYᵀ · X`), computed as running sums of A's and B's rows without packing: B is read once, in place.
///
/// The packed path copies all of B into panels to fill one row of tiles, mostly padding. Here each element of C is
/// one chain of fused multiply-adds over K in order, from +0: `s = fma(A[p, i], B[p, j], s)` for p = 0, 1, …, then
/// `alpha · s` (`+ beta · C` when beta ≠ 0, rounded separately). Vectors hold 16 such chains side by side, so the
/// bits do not depend on blocking, the vector width or threads.
package enum OuterSums {
    package typealias Run =
        @Sendable (
            _ a: UnsafePointer<Float>, _ lda: Int, _ b: UnsafePointer<Float>, _ ldb: Int,
            _ c: UnsafeMutablePointer<Float>, _ ldc: Int, _ m: Int, _ columns: Range<Int>, _ k: Int,
            _ alpha: Float, _ beta: Float
        ) -> Void

    typealias Vector = SIMD16<Float>
    typealias Four = (Vector, Vector, Vector, Vector)
    typealias Two = (Vector, Vector)

    /// Fills rows `0..<m`, `columns` of C; A's row p holds the factors of row p of B (`A[p, i]` at `a[p * lda + i]`).
    ///
    /// Every row of C is summed in the same pass over B, which is read once: weight-gradient B's are often rows of
    /// 2^k floats, whose cache lines share a few cache sets, so a second pass would find them evicted. A's factors
    /// are first copied into rows of 4 or 12 (zero padded), so one kernel serves every m up to 4 or 12.
    package static let run: Run = { a, lda, b, ldb, c, ldc, m, columns, k, alpha, beta in
        let output = Output(c: c, ldc: ldc, alpha: alpha, beta: beta)
        let width = m <= 4 ? 4 : 12
        let blockColumns = m <= 4 ? 64 : 32
        var j = columns.lowerBound
        if columns.count >= blockColumns {
            withUnsafeTemporaryAllocation(of: Float.self, capacity: k &* width) { padded in
                let factors = padded.baseAddress!
                for p in 0..<k {
                    for i in 0..<width { factors[p &* width &+ i] = i < m ? a[p &* lda &+ i] : 0 }
                }
                while j &+ blockColumns <= columns.upperBound {
                    if width == 4 {
                        fourRows(factors, b + j, ldb, k, output, m, j)
                    } else {
                        twelveRows(factors, b + j, ldb, k, output, m, j)
                    }
                    j &+= blockColumns
                }
            }
        }
        while j &+ 16 <= columns.upperBound {
            for i in 0..<m {
                var sum = Vector.zero
                for p in 0..<k { sum.addProduct(Vector(repeating: a[p &* lda &+ i]), load(b + (p &* ldb &+ j))) }
                output.store(sum, at: c + (i &* ldc &+ j))
            }
            j &+= 16
        }
        while j < columns.upperBound {
            for i in 0..<m {
                var sum: Float = 0
                for p in 0..<k { sum = sum.addingProduct(a[p &* lda &+ i], b[p &* ldb &+ j]) }
                output.store(sum, at: c + (i &* ldc &+ j))
            }
            j &+= 1
        }
    }

    /// Four rows (factors in rows of 4) over 64 columns of B: sixteen chains per step.
    @inline(__always)
    static func fourRows(
        _ factors: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ ldb: Int, _ k: Int, _ output: Output, _ m: Int,
        _ j: Int
    ) {
        let zero = Vector.zero
        var (s0, s1, s2, s3) = (
            (zero, zero, zero, zero), (zero, zero, zero, zero), (zero, zero, zero, zero),
            (zero, zero, zero, zero)
        )
        var (x, y) = (factors, b)
        for _ in 0..<k {
            let row = (load(y), load(y + 16), load(y + 32), load(y + 48))
            accumulate(&s0, Vector(repeating: x[0]), row)
            accumulate(&s1, Vector(repeating: x[1]), row)
            accumulate(&s2, Vector(repeating: x[2]), row)
            accumulate(&s3, Vector(repeating: x[3]), row)
            x += 4
            y += ldb
        }
        let rows = [s0, s1, s2, s3]  // stack-allocated: it does not escape
        for i in 0..<m { output.store(rows[i], row: i, column: j) }
    }

    /// Twelve rows (factors in rows of 12) over 32 columns of B: twenty-four chains per step.
    @inline(__always)
    static func twelveRows(
        _ factors: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ ldb: Int, _ k: Int, _ output: Output, _ m: Int,
        _ j: Int
    ) {
        let zero = Vector.zero
        var (s0, s1, s2, s3, s4, s5) = (
            (zero, zero), (zero, zero), (zero, zero), (zero, zero), (zero, zero), (zero, zero)
        )
        var (s6, s7, s8, s9, s10, s11) = (
            (zero, zero), (zero, zero), (zero, zero), (zero, zero), (zero, zero), (zero, zero)
        )
        var (x, y) = (factors, b)
        for _ in 0..<k {
            let row = (load(y), load(y + 16))
            accumulate(&s0, Vector(repeating: x[0]), row)
            accumulate(&s1, Vector(repeating: x[1]), row)
            accumulate(&s2, Vector(repeating: x[2]), row)
            accumulate(&s3, Vector(repeating: x[3]), row)
            accumulate(&s4, Vector(repeating: x[4]), row)
            accumulate(&s5, Vector(repeating: x[5]), row)
            accumulate(&s6, Vector(repeating: x[6]), row)
            accumulate(&s7, Vector(repeating: x[7]), row)
            accumulate(&s8, Vector(repeating: x[8]), row)
            accumulate(&s9, Vector(repeating: x[9]), row)
            accumulate(&s10, Vector(repeating: x[10]), row)
            accumulate(&s11, Vector(repeating: x[11]), row)
            x += 12
            y += ldb
        }
        let rows = [s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11]  // stack-allocated: it does not escape
        for i in 0..<m { output.store(rows[i], row: i, column: j) }
    }

    @inline(__always)
    static func accumulate(_ sum: inout Four, _ factor: Vector, _ row: Four) {
        sum.0.addProduct(factor, row.0)
        sum.1.addProduct(factor, row.1)
        sum.2.addProduct(factor, row.2)
        sum.3.addProduct(factor, row.3)
    }

    @inline(__always)
    static func accumulate(_ sum: inout Two, _ factor: Vector, _ row: Two) {
        sum.0.addProduct(factor, row.0)
        sum.1.addProduct(factor, row.1)
    }

    @inline(__always)
    static func load(_ pointer: UnsafePointer<Float>) -> Vector {
        UnsafeRawPointer(pointer).loadUnaligned(as: Vector.self)
    }

    /// Writes sums to C as `alpha · s` or `alpha · s + beta · C`.
    struct Output {
        let c: UnsafeMutablePointer<Float>
        let ldc: Int
        let alpha: Float
        let beta: Float

        /// Four vectors of one row of C from `column` on.
        @inline(__always)
        func store(_ sums: Four, row: Int, column: Int) {
            let target = c + (row &* ldc &+ column)
            store(sums.0, at: target)
            store(sums.1, at: target + 16)
            store(sums.2, at: target + 32)
            store(sums.3, at: target + 48)
        }

        /// Two vectors of one row of C from `column` on.
        @inline(__always)
        func store(_ sums: Two, row: Int, column: Int) {
            let target = c + (row &* ldc &+ column)
            store(sums.0, at: target)
            store(sums.1, at: target + 16)
        }

        @inline(__always)
        func store(_ sum: Vector, at target: UnsafeMutablePointer<Float>) {
            let raw = UnsafeMutableRawPointer(target)
            let scaled = Vector(repeating: alpha) * sum
            if beta == 0 {
                raw.storeBytes(of: scaled, as: Vector.self)
            } else {
                let old = UnsafeRawPointer(target).loadUnaligned(as: Vector.self)
                raw.storeBytes(of: scaled + Vector(repeating: beta) * old, as: Vector.self)
            }
        }

        @inline(__always)
        func store(_ sum: Float, at target: UnsafeMutablePointer<Float>) {
            target.pointee = beta == 0 ? alpha * sum : alpha * sum + beta * target.pointee
        }
    }
}
