/// Single-precision general matrix multiply, `C = alpha * op(A) * op(B) + beta * C`, on row-major storage.
///
/// `op(A)` is `m × k` and `op(B)` is `k × n`. With `transposeA`, `A` is stored `k × m` (so `op(A) = Aᵀ`);
/// with `transposeB`, `B` is stored `n × k`. Leading dimensions are row strides (`lda >= ` stored columns).
/// When `beta == 0`, `C` is not read (NaN in `C` does not propagate), as in BLAS.
///
/// The pure-Swift kernel is deterministic: the summation order of every output element depends only on `k`,
/// never on the thread count or scheduling, so results are bitwise identical for any number of threads. Products
/// that `.automatic` hands to a system BLAS are deterministic for a fixed thread count (one single-threaded call
/// per worker on its slab of C; slabs follow measured CPU speeds only where the library's bits do not depend on
/// them, see `SlabBalance`); `ANNEAL_BLAS=off` keeps every product on the pure-Swift kernel.
public enum GEMM {
    /// Which implementation runs the product.
    public enum Backend: Sendable, Hashable {
        /// The pure-Swift kernel for products below `systemBLASLargeWork` multiply-adds when it runs fused
        /// multiply-add in hardware: on x86-64 Linux the copy built for the CPU's level (AVX-512 or AVX2+FMA, chosen
        /// at run time), on ARM always. Larger products go to the system BLAS when `ComputeSettings.usesSystemBLAS`
        /// is on and it is OpenBLAS running kernels for an AVX2-or-newer core (`SystemBLAS.coreName`; a failed CPU
        /// detection in a VM falls back to old kernels unless `OPENBLAS_CORETYPE` is set, and those are 4× slower).
        /// The pure-Swift kernel measured 0.75–1.0× of tuned OpenBLAS on them, and they dominate wide layers'
        /// training time. When no fused copy can run (an x86-64 CPU without FMA, or a
        /// macOS x86-64 build), every product of at least `systemBLASMinimumWork` goes to the system BLAS.
        case automatic
        /// Always the pure-Swift kernel.
        case pureSwift
        /// The system BLAS when one was found (whatever `ComputeSettings.usesSystemBLAS` says), else pure Swift.
        case systemBLAS
    }

    /// Products with `m * n * k` below this run on the pure-Swift kernel under `.automatic`.
    public static let systemBLASMinimumWork = 64 * 64 * 64

    /// With a fused pure-Swift kernel, products with `m * n * k` of at least this go to the system BLAS under
    /// `.automatic` (e.g. a 1024-row batch through a 1024 → 2048 layer); smaller ones, such as a 256-row batch
    /// through 512 → 512 or a 1024-row batch through 2048 → 10, stay on the pure-Swift kernel, as fast there.
    public static let systemBLASLargeWork = 512 * 512 * 512

    /// Computes `C = alpha * op(A) * op(B) + beta * C`.
    /// - Parameters:
    ///   - transposeA: use `Aᵀ` (A stored `k × m`).
    ///   - transposeB: use `Bᵀ` (B stored `n × k`).
    ///   - m: rows of `op(A)` and `C`. - n: columns of `op(B)` and `C`. - k: the shared dimension.
    ///   - lda, ldb, ldc: row strides of the stored `A`, `B`, `C`.
    ///   - backend: which implementation to use (default `.automatic`).
    ///   - threadCount: threads for this call (default `ComputeSettings.threadCount`).
    /// - Precondition: sizes non-negative, strides large enough, `C` not overlapping `A` or `B`.
    ///   Pointers are only read when the corresponding operand is non-empty.
    /// - Complexity: O(m·n·k).
    public static func multiply(
        transposeA: Bool = false, transposeB: Bool = false, m: Int, n: Int, k: Int,
        alpha: Float = 1, a: UnsafePointer<Float>?, lda: Int, b: UnsafePointer<Float>?, ldb: Int,
        beta: Float = 0, c: UnsafeMutablePointer<Float>?, ldc: Int,
        backend: Backend = .automatic, threadCount: Int? = nil
    ) {
        multiply(
            transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: alpha, a: a, lda: lda, b: b,
            ldb: ldb, beta: beta, c: c, ldc: ldc, backend: backend, threadCount: threadCount, rowsDone: nil,
            rowsReady: nil)
    }

    /// `multiply`, then `rowsDone` on every row of C (see `GEMMProblem.rowsDone`: per few rows while they are in
    /// cache when a row-wise kernel runs, else after the product); `rowsReady` first on every row of A (see
    /// `GEMMProblem.rowsReady`: A must not be transposed).
    static func multiply(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Float, a: UnsafePointer<Float>?,
        lda: Int, b: UnsafePointer<Float>?, ldb: Int, beta: Float, c: UnsafeMutablePointer<Float>?, ldc: Int,
        backend: Backend, threadCount: Int?, rowsDone: GEMMProblem.RowsDone?, rowsReady: GEMMProblem.RowsDone? = nil
    ) {
        precondition(rowsReady == nil || !transposeA, "rowsReady needs the rows of A")
        precondition(m >= 0 && n >= 0 && k >= 0, "GEMM sizes must be non-negative")
        precondition(ldc >= n && lda >= (transposeA ? m : k) && ldb >= (transposeB ? k : n), "GEMM stride too small")
        guard m > 0, n > 0, let c else {
            if m > 0, let rowsReady { rowsReady(0..<m) }
            return
        }
        let threads = max(1, threadCount ?? ComputeSettings.threadCount)
        guard k > 0, alpha != 0, let a, let b else {
            if let rowsReady { rowsReady(0..<m) }
            scale(c, m: m, n: n, ldc: ldc, by: beta)
            if let rowsDone { rowsDone(0..<m) }
            return
        }
        let problem = GEMMProblem(
            transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: alpha, a: a, lda: lda,
            b: b, ldb: ldb, beta: beta, c: c, ldc: ldc, rowsDone: rowsDone, rowsReady: rowsReady)
        if useBLAS(backend, m: m, n: n, k: k), let blas = SystemBLAS.shared {
            problem.prepareRows(threads: threads)
            blas.sgemmInSlabs(
                transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: alpha, a: a, lda: lda,
                b: b, ldb: ldb, beta: beta, c: c, ldc: ldc, threads: threads)
            problem.finishRows(threads: threads)
            return
        }
        GEMMKernel.run(problem, threads: threads)
    }

    static func useBLAS(_ backend: Backend, m: Int, n: Int, k: Int) -> Bool {
        let fits = max(m, n, k) < Int(Int32.max / 2)
        switch backend {
        case .pureSwift: return false
        case .systemBLAS: return fits
        case .automatic:
            guard fits, ComputeSettings.usesSystemBLAS else { return false }
            guard GEMMMicroKernel.calibrated.kernels[0].fused else { return m * n * k >= systemBLASMinimumWork }
            return m * n * k >= systemBLASLargeWork && SystemBLAS.shared?.runsTunedKernels == true
        }
    }

    /// `C = beta * C` (zeros when `beta == 0`, without reading `C`).
    static func scale(_ c: UnsafeMutablePointer<Float>, m: Int, n: Int, ldc: Int, by beta: Float) {
        if beta == 1 { return }
        for i in 0..<m {
            let row = c + i * ldc
            if beta == 0 {
                row.update(repeating: 0, count: n)
            } else {
                for j in 0..<n { row[j] *= beta }
            }
        }
    }
}

extension GEMM {
    /// The pure-Swift micro-kernel chosen for this build and CPU, e.g. `fma 8x32 (x86-64-v4)` (chosen once, on first
    /// use). `ANNEAL_KERNELS=portable|x86-64-v3|x86-64-v4` selects a compiled copy the CPU supports.
    public static var kernelDescription: String { GEMMMicroKernel.selected.name }
}
