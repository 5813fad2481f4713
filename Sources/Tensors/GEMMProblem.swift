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
    /// Called on rows of C once they hold their final values (each row once), from whichever thread wrote them:
    /// row-wise kernels call it per few rows while they are still in cache, the other paths after the product.
    var rowsDone: RowsDone? = nil
    /// Called on rows of A (not transposed) before the product reads them (each row once), from whichever thread
    /// reads them: row-wise kernels call it per few rows just before computing them, so the rows are read back
    /// from cache; the other paths call it on all rows before the product.
    var rowsReady: RowsDone? = nil

    /// A pass over finished rows of C (see `rowsDone`), or over rows of A about to be read (see `rowsReady`).
    typealias RowsDone = @Sendable (_ rows: Range<Int>) -> Void

    /// Runs `rowsDone` over every row, split across threads (for paths that cannot call it per block).
    func finishRows(threads: Int) { runOverAllRows(rowsDone, width: n, threads: threads) }

    /// Runs `rowsReady` over every row of A, split across threads (for paths that cannot call it per block).
    func prepareRows(threads: Int) { runOverAllRows(rowsReady, width: k, threads: threads) }

    /// `hook` on ranges of rows covering `0..<m`, rows of `width` elements split as an elementwise pass.
    private func runOverAllRows(_ hook: RowsDone?, width: Int, threads: Int) {
        guard let hook else { return }
        ParallelLoop.forEachChunk(
            of: m, minimumPerWorker: max(1, ParallelLoop.elementwiseMinimumPerWorker / max(1, width)),
            threadCount: threads
        ) { rows in hook(rows) }
    }

    /// Element `(i, p)` of `op(A)`.
    @inline(__always) func opA(_ i: Int, _ p: Int) -> Float {
        transposeA ? a[p * lda + i] : a[i * lda + p]
    }

    /// Element `(p, j)` of `op(B)`.
    @inline(__always) func opB(_ p: Int, _ j: Int) -> Float {
        transposeB ? b[j * ldb + p] : b[p * ldb + j]
    }
}
