extension GEMMProblem {
    /// Packs rows `i0..<i0+rows`, K range `p0..<p0+depth` of `op(A)` into `mr`-row panels, zero-padding the last.
    /// Panel `q` starts at `dst + q * mr * depth`; within it, step `p` holds `mr` consecutive values.
    func packA(into dst: UnsafeMutablePointer<Float>, i0: Int, rows: Int, p0: Int, depth: Int, mr: Int) {
        var panel = 0
        while panel < rows {
            let out = dst + panel * depth
            let valid = min(mr, rows - panel)
            if transposeA {
                for p in 0..<depth {
                    let src = a + (p0 + p) * lda + i0 + panel
                    let o = out + p * mr
                    for i in 0..<valid { o[i] = src[i] }
                    for i in valid..<mr { o[i] = 0 }
                }
            } else {
                for i in 0..<mr {
                    if i < valid {
                        let src = a + (i0 + panel + i) * lda + p0
                        for p in 0..<depth { out[p * mr + i] = src[p] }
                    } else {
                        for p in 0..<depth { out[p * mr + i] = 0 }
                    }
                }
            }
            panel += mr
        }
    }

    /// Packs K range `p0..<p0+depth`, columns `j0..<j0+cols` of `op(B)` into `nr`-column panels, zero-padded.
    /// Panel `q` starts at `dst + q * nr * depth`; within it, step `p` holds `nr` consecutive values.
    func packB(into dst: UnsafeMutablePointer<Float>, p0: Int, depth: Int, j0: Int, cols: Int, nr: Int) {
        var panel = 0
        while panel < cols {
            let out = dst + panel * depth
            let valid = min(nr, cols - panel)
            if transposeB {
                for j in 0..<nr {
                    if j < valid {
                        let src = b + (j0 + panel + j) * ldb + p0
                        for p in 0..<depth { out[p * nr + j] = src[p] }
                    } else {
                        for p in 0..<depth { out[p * nr + j] = 0 }
                    }
                }
            } else {
                for p in 0..<depth {
                    let src = b + (p0 + p) * ldb + j0 + panel
                    let o = out + p * nr
                    o.update(from: src, count: valid)
                    if valid < nr { (o + valid).update(repeating: 0, count: nr - valid) }
                }
            }
            panel += nr
        }
    }
}
