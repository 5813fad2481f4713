extension Matrix {
    /// torch's relu on `count` values: keeps NaN (so a NaN feature reaches the loss; `x > 0 ? x : 0` would turn it
    /// into 0) and maps −0 to +0. A select on `x ≤ 0` does both (NaN compares false), sixteen lanes at a time with
    /// raw vector loads. `y` may be `x`.
    package static func rectify(_ x: UnsafePointer<Float>, into y: UnsafeMutablePointer<Float>, count: Int) {
        var i = 0
        while i + 16 <= count {
            let v = UnsafeRawPointer(x + i).loadUnaligned(as: SIMD16<Float>.self)
            UnsafeMutableRawPointer(y + i).storeBytes(of: v.replacing(with: 0, where: v .<= 0), as: SIMD16<Float>.self)
            i += 16
        }
        while i < count {
            y[i] = x[i] <= 0 ? 0 : x[i]
            i += 1
        }
    }

    /// A ReLU then a Dense layer's product: `rectified = relu(a)` (as `rectify`), then
    /// `c = rectified · bᵀ + beta · c`.
    ///
    /// The same bits as the two passes. When the product runs row by row (few columns of C: a classifier's output
    /// layer), each worker rectifies a few rows just before it multiplies them, so they are read back from cache
    /// instead of from memory.
    /// - Throws: `TensorsError.Code.shapeMismatch` when `a` and `b` differ in width, or when `beta` is not 0 and `c`
    ///   is not `a.rows × b.rows`.
    public static func multiplyRectified(
        _ a: Matrix, rectifiedInto rectified: inout Matrix, transposedB b: Matrix, into c: inout Matrix,
        beta: Float = 0, backend: GEMM.Backend = .automatic, threadCount: Int? = nil
    ) throws {
        let (m, n, k) = (a.rows, b.rows, a.columns)
        guard b.columns == k else {
            throw TensorsError.shape(
                "multiplyRectified", "a is \(m)×\(k) but b is \(b.rows)×\(b.columns); b's rows must have a's width")
        }
        try prepareProduct(&c, rows: m, columns: n, beta: beta, operation: "multiplyRectified")
        rectified.resize(rows: m, columns: k)
        a.storage.withUnsafeBufferPointer { pa in
            b.storage.withUnsafeBufferPointer { pb in
                rectified.storage.withUnsafeMutableBufferPointer { ph in
                    c.storage.withUnsafeMutableBufferPointer { pc in
                        let rows = UncheckedSendable((pa.baseAddress, ph.baseAddress))
                        GEMM.multiply(
                            transposeA: false, transposeB: true, m: m, n: n, k: k, alpha: 1, a: ph.baseAddress,
                            lda: k, b: pb.baseAddress, ldb: k, beta: beta, c: pc.baseAddress, ldc: n,
                            backend: backend, threadCount: threadCount, rowsDone: nil,
                            rowsReady: { range in
                                guard let x = rows.value.0, let y = rows.value.1 else { return }
                                let start = range.lowerBound * k
                                rectify(x + start, into: y + start, count: range.count * k)
                            })
                    }
                }
            }
        }
    }
}
