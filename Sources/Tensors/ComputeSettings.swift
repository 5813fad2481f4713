import Foundation

/// Process-wide settings for the Tensors kernels: thread count, use of a system BLAS, subnormal flushing, large
/// pages, balanced slabs.
///
/// Defaults come from the environment: `ANNEAL_THREADS` (a positive integer, else the active processor count),
/// `ANNEAL_BLAS` (`off`, `0`, `false` or `no` disables the system BLAS), `ANNEAL_SUBNORMALS` (`keep` keeps
/// subnormal floats in training; see `FloatingPointMode`), `ANNEAL_LARGE_PAGES` (an off value keeps 4 KiB pages
/// under large matrices; see `LargePages`) and `ANNEAL_SLAB_BALANCE` (an off value gives a system-BLAS product
/// equal slabs; see `SlabBalance`). Changing a setting affects later calls.
public enum ComputeSettings {
    private final class State: @unchecked Sendable {
        let lock = NSLock()
        var threadCount: Int
        var usesSystemBLAS: Bool
        var flushesSubnormals: Bool
        var usesLargePages: Bool
        var balancesSlabs: Bool

        init(environment: [String: String]) {
            threadCount = ComputeSettings.threadCount(fromEnvironment: environment)
            usesSystemBLAS = ComputeSettings.blasEnabled(fromEnvironment: environment)
            flushesSubnormals = ComputeSettings.subnormalsFlushed(fromEnvironment: environment)
            usesLargePages = !ComputeSettings.isOff(environment["ANNEAL_LARGE_PAGES"])
            balancesSlabs = !ComputeSettings.isOff(environment["ANNEAL_SLAB_BALANCE"])
        }
    }

    private static let state = State(environment: ProcessInfo.processInfo.environment)

    /// Number of threads the kernels use (at least 1).
    public static var threadCount: Int {
        get { state.lock.withLock { state.threadCount } }
        set { state.lock.withLock { state.threadCount = max(1, newValue) } }
    }

    /// Whether large products may use the system BLAS when one was found at run time (see `GEMM.Backend.automatic`
    /// for when they do).
    public static var usesSystemBLAS: Bool {
        get { state.lock.withLock { state.usesSystemBLAS } }
        set { state.lock.withLock { state.usesSystemBLAS = newValue } }
    }

    /// Whether training flushes subnormal floats to zero (see `FloatingPointMode`); a new `Trainer` takes this
    /// value. Default true; `ANNEAL_SUBNORMALS=keep` makes it false.
    public static var flushesSubnormals: Bool {
        get { state.lock.withLock { state.flushesSubnormals } }
        set { state.lock.withLock { state.flushesSubnormals = newValue } }
    }

    /// Whether new matrices of 4 MiB or more ask for 2 MiB pages (see `LargePages`). Default true;
    /// `ANNEAL_LARGE_PAGES=off` makes it false.
    public static var usesLargePages: Bool {
        get { state.lock.withLock { state.usesLargePages } }
        set { state.lock.withLock { state.usesLargePages = newValue } }
    }

    /// Whether a large product on the system BLAS sizes each worker's slab by how fast its CPU ran recent ones (see
    /// `SlabBalance`). Default true; `ANNEAL_SLAB_BALANCE=off` makes the slabs equal.
    public static var balancesSlabs: Bool {
        get { state.lock.withLock { state.balancesSlabs } }
        set { state.lock.withLock { state.balancesSlabs = newValue } }
    }

    /// Parses `ANNEAL_THREADS`; falls back to the active processor count when unset or invalid.
    static func threadCount(fromEnvironment environment: [String: String]) -> Int {
        if let text = environment["ANNEAL_THREADS"], let n = Int(text.trimmingCharacters(in: .whitespaces)), n > 0 {
            return n
        }
        return max(1, ProcessInfo.processInfo.activeProcessorCount)
    }

    /// Parses `ANNEAL_BLAS`; anything but an explicit off value keeps the system BLAS enabled.
    static func blasEnabled(fromEnvironment environment: [String: String]) -> Bool {
        !isOff(environment["ANNEAL_BLAS"])
    }

    /// Parses `ANNEAL_SUBNORMALS`: `keep` (or an off value) keeps subnormals; anything else flushes them.
    static func subnormalsFlushed(fromEnvironment environment: [String: String]) -> Bool {
        !isOff(environment["ANNEAL_SUBNORMALS"], alsoOff: ["keep"])
    }

    /// Whether a variable's value is `off`, `0`, `false`, `no` or one of `alsoOff` (any case, spaces ignored).
    static func isOff(_ value: String?, alsoOff: [String] = []) -> Bool {
        guard let text = value?.lowercased().trimmingCharacters(in: .whitespaces) else { return false }
        return (["off", "0", "false", "no"] + alsoOff).contains(text)
    }
}
