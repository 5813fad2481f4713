extension Matrix {
    /// Computes `c = alpha * op(a) * op(b) + beta * c` into a preallocated `c` (the GEMM the training loop uses).
    ///
    /// The three training shapes: forward `a · b`, weight gradient `aᵀ · b` (`transposeA: true`), input gradient
    /// `a · bᵀ` (`transposeB: true`). With `beta == 0`, `c` is reshaped to the result shape if needed (no
    /// allocation when its storage already has that many elements) and its old values are never read.
    /// - Parameters:
    ///   - transposeA: use `aᵀ`. - transposeB: use `bᵀ`.
    ///   - alpha: scale of the product. - beta: scale of the existing `c` (`1` accumulates).
    ///   - backend: `.automatic` (system BLAS for large products when present), `.pureSwift` or `.systemBLAS`.
    ///   - threadCount: threads for this call; default `ComputeSettings.threadCount`.
    /// - Throws: `TensorsError.Code.shapeMismatch` when the inner dimensions differ, or when `beta != 0` and `c`
    ///   does not already have the result shape.
    public static func multiply(
        _ a: Matrix, _ b: Matrix, into c: inout Matrix, transposeA: Bool = false, transposeB: Bool = false,
        alpha: Float = 1, beta: Float = 0, backend: GEMM.Backend = .automatic, threadCount: Int? = nil
    ) throws {
        let (m, ka) = transposeA ? (a.columns, a.rows) : (a.rows, a.columns)
        let (kb, n) = transposeB ? (b.columns, b.rows) : (b.rows, b.columns)
        guard ka == kb else {
            throw TensorsError.shape(
                "multiply",
                "op(a) is \(m)×\(ka) but op(b) is \(kb)×\(n); the inner sizes must be equal "
                    + "(check transposeA/transposeB)")
        }
        try prepareProduct(&c, rows: m, columns: n, beta: beta, operation: "multiply")
        let (lda, ldb, ldc) = (a.columns, b.columns, n)
        a.values.withUnsafeBufferPointer { pa in
            b.values.withUnsafeBufferPointer { pb in
                c.storage.withUnsafeMutableBufferPointer { pc in
                    GEMM.multiply(
                        transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: ka, alpha: alpha,
                        a: pa.baseAddress, lda: lda, b: pb.baseAddress, ldb: ldb, beta: beta,
                        c: pc.baseAddress, ldc: ldc, backend: backend, threadCount: threadCount)
                }
            }
        }
    }

    /// Readies `c` for a product of `rows × columns` added onto `beta · c`: resized when `beta` is 0 (c is not
    /// read), else it must already have that shape.
    /// - Throws: `TensorsError.Code.shapeMismatch` naming `operation` when `beta` is not 0 and the shapes differ.
    static func prepareProduct(_ c: inout Matrix, rows m: Int, columns n: Int, beta: Float, operation: String) throws {
        if beta == 0 {
            c.resize(rows: m, columns: n)
        } else if c.rows != m || c.columns != n {
            throw TensorsError.shape(
                operation,
                "c is \(c.rows)×\(c.columns) but the product is \(m)×\(n); with beta != 0 c must already have the "
                    + "result shape")
        }
    }

    /// Returns `op(a) · op(b)` as a new matrix.
    /// - Throws: `TensorsError.Code.shapeMismatch` when the inner dimensions differ.
    public static func product(
        _ a: Matrix, _ b: Matrix, transposeA: Bool = false, transposeB: Bool = false
    ) throws -> Matrix {
        var c = Matrix(rows: 0, columns: 0)
        try multiply(a, b, into: &c, transposeA: transposeA, transposeB: transposeB)
        return c
    }
}
