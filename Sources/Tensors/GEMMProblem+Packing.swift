extension GEMMProblem {
    /// Packs rows `i0..<i0+rows`, K range `p0..<p0+depth` of `op(A)` into `mr`-row panels, zero-padding the last.
    /// Panel `q` starts at `dst + q * mr * depth`; within it, step `p` holds `mr` consecutive values.
    func packA(
        into dst: UnsafeMutablePointer<Float>, i0: Int, rows: Int, p0: Int, depth: Int, mr: Int,
        using pack: GEMMPacking.Pack
    ) {
        // Stored k × m (transposed), each K step is already a contiguous run of rows.
        let source = transposeA ? a + p0 * lda + i0 : a + i0 * lda + p0
        pack(transposeA, source, lda, rows, depth, dst, mr)
    }

    /// Packs K range `p0..<p0+depth`, columns `j0..<j0+cols` of `op(B)` into `nr`-column panels, zero-padded.
    /// Panel `q` starts at `dst + q * nr * depth`; within it, step `p` holds `nr` consecutive values.
    func packB(
        into dst: UnsafeMutablePointer<Float>, p0: Int, depth: Int, j0: Int, cols: Int, nr: Int,
        using pack: GEMMPacking.Pack
    ) {
        let source = transposeB ? b + j0 * ldb + p0 : b + p0 * ldb + j0
        pack(!transposeB, source, ldb, cols, depth, dst, nr)
    }
}
