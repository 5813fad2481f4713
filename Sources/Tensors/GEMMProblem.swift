/// One `C = alpha * op(A) * op(B) + beta * C` call, with raw pointers shared by the worker threads.
struct GEMMProblem: @unchecked Sendable {
    let transposeA: Bool
    let transposeB: Bool
    let m: Int
    let n: Int
    let k: Int
    let alpha: Float
    let a: UnsafePointer<Float>
    let lda: Int
    let b: UnsafePointer<Float>
    let ldb: Int
    let beta: Float
    let c: UnsafeMutablePointer<Float>
    let ldc: Int

    /// Element `(i, p)` of `op(A)`.
    @inline(__always) func opA(_ i: Int, _ p: Int) -> Float {
        transposeA ? a[p * lda + i] : a[i * lda + p]
    }

    /// Element `(p, j)` of `op(B)`.
    @inline(__always) func opB(_ p: Int, _ j: Int) -> Float {
        transposeB ? b[j * ldb + p] : b[p * ldb + j]
    }
}
