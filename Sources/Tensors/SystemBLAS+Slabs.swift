extension SystemBLAS {
    /// Row-major `C = alpha * op(A) * op(B) + beta * C` as one single-threaded BLAS call per worker, each on its
    /// own slab of C (rows or columns, whichever C has more of), run by `ParallelLoop`.
    ///
    /// OpenBLAS's own threads stay asleep: after each threaded call they poll for about 0.1 s, which on a small
    /// machine took a core from the pure-Swift work that follows (elementwise passes, small products, the pool's
    /// workers). One slab per worker, as wide as possible: slabs of 256 measured 8–15% slower than one call on one
    /// thread (each slab packs the other operand again), slabs of 1024 as fast. The slabs depend on the thread
    /// count, so the bits do too (as with OpenBLAS's own threading); a single-threaded call is one slab.
    func sgemmInSlabs(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
        alpha: Float, a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
        beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int, threads: Int
    ) {
        SystemBLASThreads.ensure(1, on: self)
        let byRows = m >= n
        let length = byRows ? m : n
        let slabs = max(1, min(threads, length / 64))
        let width = (length + slabs - 1) / slabs
        let operands = UncheckedSendable((a, b, c))
        ParallelLoop.run(workers: slabs) { slab in
            let (a, b, c) = operands.value
            let start = slab * width
            let size = min(width, length - start)
            guard size > 0 else { return }
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
        }
    }
}
