@testable import Tensors

extension GEMMProblem {
    /// Runs `body` on the problem `c = alpha · op(a) · op(b) + beta · c` over the three matrices' storage.
    static func over(
        _ a: Matrix, _ b: Matrix, _ c: inout Matrix, transposeA: Bool = false, transposeB: Bool = false,
        alpha: Float = 1, beta: Float = 0, _ body: (GEMMProblem) -> Void
    ) {
        let (m, k) = transposeA ? (a.columns, a.rows) : (a.rows, a.columns)
        let n = transposeB ? b.rows : b.columns
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                c.withUnsafeMutableBufferPointer { pc in
                    body(
                        GEMMProblem(
                            transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: alpha,
                            a: pa.baseAddress!, lda: a.columns, b: pb.baseAddress!, ldb: b.columns, beta: beta,
                            c: pc.baseAddress!, ldc: n))
                }
            }
        }
    }
}
