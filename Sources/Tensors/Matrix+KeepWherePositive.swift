extension Matrix {
    /// Copies `values` into `output`, except where `mask` is 0 or below, which become +0: the gradient through a
    /// ReLU, torch's `threshold_backward(values, mask, 0)` with `mask` the ReLU's output. A NaN in `mask` keeps the
    /// value (NaN ≤ 0 is false), as in torch.
    /// - Throws: `TensorsError.Code.shapeMismatch` when `mask` and `values` differ in shape.
    public static func keepWherePositive(_ values: Matrix, mask: Matrix, into output: inout Matrix) throws {
        guard mask.rows == values.rows, mask.columns == values.columns else {
            throw TensorsError.shape(
                "keepWherePositive",
                "mask is \(mask.rows)×\(mask.columns) but values are \(values.rows)×\(values.columns); pass the "
                    + "output of the ReLU the values are the gradient of")
        }
        output.resize(rows: values.rows, columns: values.columns)
        values.storage.withUnsafeBufferPointer { v in
            mask.storage.withUnsafeBufferPointer { g in
                output.storage.withUnsafeMutableBufferPointer { out in
                    guard let v = v.baseAddress, let g = g.baseAddress, let out = out.baseAddress else { return }
                    let pointers = UncheckedSendable((v, g, out))
                    ParallelLoop.forEachChunk(of: values.count) { range in
                        let (v, g, out) = pointers.value
                        let i = range.lowerBound
                        keep(v + i, where: g + i, into: out + i, count: range.count)
                    }
                }
            }
        }
    }

    /// `c = a · b`, then every element whose `mask` entry is 0 or below set to +0 (as `keepWherePositive`): the
    /// input gradient of a layer whose input came out of a ReLU, `mask` being that input.
    ///
    /// The same bits as `multiply` then `keepWherePositive`, with one pass over `c` fewer when the product runs row
    /// by row (K of at most 12, a classifier's output layer): rows are masked a few at a time, still in cache.
    /// - Throws: `TensorsError.Code.shapeMismatch` when the inner sizes differ or `mask` is not
    ///   `a.rows × b.columns`.
    public static func multiply(
        _ a: Matrix, _ b: Matrix, into c: inout Matrix, keepingWherePositive mask: Matrix,
        backend: GEMM.Backend = .automatic, threadCount: Int? = nil
    ) throws {
        guard a.columns == b.rows else {
            throw TensorsError.shape(
                "multiply", "a is \(a.rows)×\(a.columns) but b is \(b.rows)×\(b.columns); the inner sizes must be equal"
            )
        }
        let (m, n, k) = (a.rows, b.columns, a.columns)
        guard mask.rows == m, mask.columns == n else {
            throw TensorsError.shape(
                "multiply",
                "mask is \(mask.rows)×\(mask.columns) but the product is \(m)×\(n); pass the ReLU output that was "
                    + "this product's input")
        }
        c.resize(rows: m, columns: n)
        a.storage.withUnsafeBufferPointer { pa in
            b.storage.withUnsafeBufferPointer { pb in
                mask.storage.withUnsafeBufferPointer { pm in
                    c.storage.withUnsafeMutableBufferPointer { pc in
                        guard let g = pm.baseAddress, let out = pc.baseAddress else { return }
                        let pointers = UncheckedSendable((g, out))
                        GEMM.multiply(
                            transposeA: false, transposeB: false, m: m, n: n, k: k, alpha: 1, a: pa.baseAddress,
                            lda: k, b: pb.baseAddress, ldb: n, beta: 0, c: out, ldc: n, backend: backend,
                            threadCount: threadCount
                        ) { rows in
                            let (g, out) = pointers.value
                            let i = rows.lowerBound * n
                            keep(out + i, where: g + i, into: out + i, count: rows.count * n)
                        }
                    }
                }
            }
        }
    }

    /// `out[i] = mask[i] <= 0 ? +0 : values[i]`, sixteen lanes at a time; `out` may be `values`.
    static func keep(
        _ values: UnsafePointer<Float>, where mask: UnsafePointer<Float>, into out: UnsafeMutablePointer<Float>,
        count: Int
    ) {
        var i = 0
        while i + 16 <= count {
            let v = UnsafeRawPointer(values + i).loadUnaligned(as: SIMD16<Float>.self)
            let g = UnsafeRawPointer(mask + i).loadUnaligned(as: SIMD16<Float>.self)
            UnsafeMutableRawPointer(out + i).storeBytes(
                of: v.replacing(with: 0, where: g .<= 0), as: SIMD16<Float>.self)
            i += 16
        }
        while i < count {
            out[i] = mask[i] <= 0 ? 0 : values[i]
            i += 1
        }
    }
}
