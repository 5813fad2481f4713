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

    /// Fills rows `0..<m`, `columns` of C; A's row p holds the factors of row p of B (`A[p, i]` at `a[p * lda + i]`).
    ///
    /// Every row of C is summed in the same pass over B, which is read once: weight-gradient B's are often rows of
    /// 2^k floats, whose cache lines share a few cache sets, so a second pass would find them evicted. Up to 4 rows
    /// are summed in registers over 64 columns (A's factors first copied into rows of 4, zero padded); more rows in
    /// a scratch block (`streamed`).
    package static let run: Run = { a, lda, b, ldb, c, ldc, m, columns, k, alpha, beta in
        let output = Output(c: c, ldc: ldc, alpha: alpha, beta: beta)
        var j = columns.lowerBound
        if m > 4 {
            let end = j &+ (columns.count / 16) &* 16
            streamed(a, lda, b + j, ldb, k, output, m, from: j, to: end)
            j = end
        } else if columns.count >= 64 {
            withUnsafeTemporaryAllocation(of: Float.self, capacity: k &* 4) { padded in
                let factors = padded.baseAddress!
                for p in 0..<k {
                    for i in 0..<4 { factors[p &* 4 &+ i] = i < m ? a[p &* lda &+ i] : 0 }
                }
                while j &+ 64 <= columns.upperBound {
                    fourRows(factors, b + j, ldb, k, output, m, j)
                    j &+= 64
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

    /// Rows `0..<m` (above 4) of columns `from..<to` (a multiple of 16), `b` at column `from`: the sums of up to 256
    /// columns wait in a small scratch block (it stays in L1) while B's rows stream through in order, four at a
    /// time, each read along its length.
    ///
    /// A block of sums held in registers (m × 32 columns) reads only 128 bytes of each row of B per pass: a new page
    /// at every row, which the hardware prefetcher does not follow, so the pass waits on memory (1.4 ms of a 53 ms
    /// step on the 1024→2048→10 model). The order of every chain is the same.
    @inline(__always)
    static func streamed(
        _ a: UnsafePointer<Float>, _ lda: Int, _ b: UnsafePointer<Float>, _ ldb: Int, _ k: Int, _ output: Output,
        _ m: Int, from: Int, to end: Int
    ) {
        let blockVectors = 16
        withUnsafeTemporaryAllocation(of: Vector.self, capacity: m &* blockVectors) { scratch in
            let sums = scratch.baseAddress!
            var j = from
            while j < end {
                let vectors = min(blockVectors, (end &- j) / 16)
                sums.update(repeating: .zero, count: m &* vectors)
                let block = b + (j &- from)
                var p = 0
                while p &+ 4 <= k {
                    let rows = block + p &* ldb
                    for i in 0..<m {
                        let x = a + (p &* lda &+ i)
                        let (f0, f1) = (Vector(repeating: x[0]), Vector(repeating: x[lda]))
                        let (f2, f3) = (Vector(repeating: x[2 &* lda]), Vector(repeating: x[3 &* lda]))
                        let row = sums + i &* vectors
                        for v in 0..<vectors {
                            let y = rows + v &* 16
                            var sum = row[v]
                            sum.addProduct(f0, load(y))
                            sum.addProduct(f1, load(y + ldb))
                            sum.addProduct(f2, load(y + 2 &* ldb))
                            sum.addProduct(f3, load(y + 3 &* ldb))
                            row[v] = sum
                        }
                    }
                    p &+= 4
                }
                while p < k {
                    let y = block + p &* ldb
                    for i in 0..<m {
                        let factor = Vector(repeating: a[p &* lda &+ i])
                        let row = sums + i &* vectors
                        for v in 0..<vectors { row[v].addProduct(factor, load(y + v &* 16)) }
                    }
                    p &+= 1
                }
                for i in 0..<m {
                    for v in 0..<vectors {
                        output.store(sums[i &* vectors &+ v], at: output.c + (i &* output.ldc &+ j &+ v &* 16))
                    }
                }
                j &+= vectors &* 16
            }
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

    @inline(__always)
    static func accumulate(_ sum: inout Four, _ factor: Vector, _ row: Four) {
        sum.0.addProduct(factor, row.0)
        sum.1.addProduct(factor, row.1)
        sum.2.addProduct(factor, row.2)
        sum.3.addProduct(factor, row.3)
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
