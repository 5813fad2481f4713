import Dispatch

extension SystemBLAS {
    /// Row-major `C = alpha * op(A) * op(B) + beta * C` as one single-threaded BLAS call per worker, each on its
    /// own slab of C (rows or columns, whichever C has more of), run by `ParallelLoop`.
    ///
    /// OpenBLAS's own threads stay asleep: after each threaded call they poll for about 0.1 s, which on a small
    /// machine took a core from the pure-Swift work that follows (elementwise passes, small products, the pool's
    /// workers). One slab per worker, as wide as possible: slabs of 256 measured 8–15% slower than one call on one
    /// thread (each slab packs the other operand again), slabs of 1024 as fast.
    ///
    /// Slabs are sized by `SlabBalance` (a faster CPU takes a longer slab) when the product is large
    /// (`balancedMinimumWork` multiply-adds a slab), `ComputeSettings.balancesSlabs` is on, and the library computes
    /// the same bits whatever the split (`splitIndependent`); otherwise they are equal, so the bits depend on the
    /// thread count (as with OpenBLAS's own threading). A single-threaded call is one slab.
    func sgemmInSlabs(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
        alpha: Float, a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
        beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int, threads: Int, balance: SlabBalance? = nil
    ) {
        SystemBLASThreads.ensure(1, on: self)
        let byRows = m >= n
        let length = byRows ? m : n
        let slabs = max(1, min(threads, length / 64))
        let balanced =
            slabs > 1 && m * n * k / slabs >= Self.balancedMinimumWork && ComputeSettings.balancesSlabs
            && splitIndependent
        let claims = SlabClaims(length: length, pieces: slabs, balance: balanced ? balance ?? .shared : nil)
        let operands = UncheckedSendable((a, b, c))
        ParallelLoop.run(workers: slabs) { slab in
            let (a, b, c) = operands.value
            let cpu = balanced ? CurrentCPU.index : nil
            let range = claims.claim(piece: slab, cpu: cpu)
            guard !range.isEmpty else { return }
            let (start, size) = (range.lowerBound, range.count)
            let began = DispatchTime.now().uptimeNanoseconds
            if byRows {
                sgemm(
                    transposeA: transposeA, transposeB: transposeB, m: size, n: n, k: k, alpha: alpha,
                    a: transposeA ? a + start : a + start * lda, lda: lda, b: b, ldb: ldb,
                    beta: beta, c: c + start * ldc, ldc: ldc)
            } else {
                sgemm(
                    transposeA: transposeA, transposeB: transposeB, m: m, n: size, k: k, alpha: alpha,
                    a: a, lda: lda, b: transposeB ? b + start * ldb : b + start, ldb: ldb,
                    beta: beta, c: c + start, ldc: ldc)
            }
            if balanced {
                claims.finished(cpu: cpu, items: size, nanoseconds: DispatchTime.now().uptimeNanoseconds - began)
            }
        }
        if balanced { (balance ?? .shared).record(claims.slabs) }
    }

    /// Multiply-adds per slab from which slabs are balanced: far above the sizes where a BLAS may switch to a
    /// separate small-matrix kernel (whose rounding can differ), and large enough that a slab's time measures its
    /// CPU rather than the call's overhead.
    static let balancedMinimumWork = 1 << 24
}
