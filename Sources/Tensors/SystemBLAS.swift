#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A system BLAS (OpenBLAS or any library exporting `cblas_sgemm`) loaded at run time with `dlopen`.
///
/// Nothing links against BLAS at build time; when no library is found `SystemBLAS.shared` is `nil` and every
/// product runs on the pure-Swift kernel.
public struct SystemBLAS: @unchecked Sendable {
    typealias Sgemm =
        @convention(c) (
            Int32, Int32, Int32, Int32, Int32, Int32, Float, UnsafePointer<Float>?, Int32,
            UnsafePointer<Float>?, Int32, Float, UnsafeMutablePointer<Float>?, Int32
        ) -> Void
    typealias SetThreads = @convention(c) (Int32) -> Void
    typealias CoreName = @convention(c) () -> UnsafeMutablePointer<CChar>?

    /// The library name that was opened, e.g. `libopenblas.so.0`.
    public let library: String
    private let sgemmFunction: Sgemm
    private let setThreadsFunction: SetThreads?
    /// The CPU core OpenBLAS chose its kernels for (e.g. `SkylakeX`, `Haswell`, or `Prescott` when its detection
    /// failed, as it can inside VMs); `nil` for a library that is not OpenBLAS.
    public let coreName: String?
    /// `splitIndependent`, once known.
    let splitCheck = SplitCheck()

    /// Library names tried in order.
    static let candidates: [String] = {
        #if os(macOS)
            ["/System/Library/Frameworks/Accelerate.framework/Accelerate", "libopenblas.dylib"]
        #else
            ["libopenblas.so.0", "libopenblas.so", "libblas.so.3", "libcblas.so.3", "libblas.so"]
        #endif
    }()

    /// The first system BLAS found, loaded once per process; `nil` when none is installed.
    ///
    /// Unless `OPENBLAS_CORETYPE` is already set, it is set from the CPU's features first (`SkylakeX` with AVX-512,
    /// `Haswell` with AVX2+FMA), so OpenBLAS runs kernels for this CPU even where its own detection fails (VMs).
    public static let shared: SystemBLAS? = {
        chooseOpenBLASCoreType()
        return candidates.lazy.compactMap { SystemBLAS(library: $0) }.first
    }()

    /// Opens `library` and resolves `cblas_sgemm`; `nil` when either is missing.
    init?(library: String) {
        guard let handle = dlopen(library, RTLD_NOW | RTLD_LOCAL) else { return nil }
        guard let symbol = dlsym(handle, "cblas_sgemm") else {
            dlclose(handle)
            return nil
        }
        self.library = library
        self.sgemmFunction = unsafeBitCast(symbol, to: Sgemm.self)
        self.setThreadsFunction = dlsym(handle, "openblas_set_num_threads").map {
            unsafeBitCast($0, to: SetThreads.self)
        }
        self.coreName = dlsym(handle, "openblas_get_corename").flatMap {
            unsafeBitCast($0, to: CoreName.self)().map { String(cString: $0) }
        }
    }

    /// Sets the library's own thread count when it exposes one (OpenBLAS does); otherwise does nothing.
    public func setThreadCount(_ count: Int) {
        setThreadsFunction?(Int32(clamping: max(1, count)))
    }

    /// Row-major `C = alpha * op(A) * op(B) + beta * C` through `cblas_sgemm`. Same contract as `GEMM.multiply`.
    public func sgemm(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
        alpha: Float, a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
        beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        let rowMajor: Int32 = 101
        let noTrans: Int32 = 111
        let trans: Int32 = 112
        sgemmFunction(
            rowMajor, transposeA ? trans : noTrans, transposeB ? trans : noTrans,
            Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
    }
}
