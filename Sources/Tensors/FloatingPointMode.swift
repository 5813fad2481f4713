#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whether the calling thread's arithmetic flushes subnormal floats (magnitude below 1.18e-38) to zero.
///
/// CPUs handle subnormal operands and results in microcode, many times slower than normal ones. Training makes
/// them in bulk: once a classifier is confident, softmax gradients underflow and every product of the backward
/// pass runs on them (on a 32→512→512→2 MLP the two backward products took 1.7× the forward's time). Flushed,
/// each such value becomes zero, a change below 1.2e-38. `Trainer` and the LR range test run flushed unless
/// `ComputeSettings.flushesSubnormals` is false (`ANNEAL_SUBNORMALS=keep`), as TensorFlow and XLA do on CPUs and
/// PyTorch does after `torch.set_flush_denormal(True)`.
///
/// The mode is per thread: x86's MXCSR flush-to-zero and denormals-are-zero bits, ARM's FPCR.FZ. The pieces of a
/// parallel call (`ParallelLoop`) run in their caller's mode whatever thread runs them, so results stay
/// deterministic. On other CPUs the mode cannot be set and subnormals are kept.
public enum FloatingPointMode {
    /// Whether this CPU lets Anneal set the mode.
    public static var isSupported: Bool { flushBits != 0 }

    /// Whether the calling thread currently flushes subnormals.
    public static var flushesSubnormals: Bool {
        guard isSupported else { return false }
        return controlBits() & flushBits == flushBits
    }

    /// Runs `body` with the calling thread flushing subnormals (or keeping them), then restores the thread's
    /// previous mode, also when `body` throws.
    public static func with<R, E: Error>(flushingSubnormals flush: Bool, _ body: () throws(E) -> R) throws(E) -> R {
        guard isSupported else { return try body() }
        let before = controlBits()
        let wanted = flush ? before | flushBits : before & ~flushBits
        if wanted == before { return try body() }
        setControlBits(wanted)
        defer { setControlBits(before) }
        return try body()
    }

    #if arch(x86_64)
        /// MXCSR's flush-to-zero (bit 15, results) and denormals-are-zero (bit 6, operands).
        static let flushBits: UInt64 = 0x8040

        static func controlBits() -> UInt64 {
            var environment = fenv_t()
            fegetenv(&environment)
            return UInt64(environment.__mxcsr)
        }

        static func setControlBits(_ bits: UInt64) {
            var environment = fenv_t()
            fegetenv(&environment)
            environment.__mxcsr = UInt32(truncatingIfNeeded: bits)
            fesetenv(&environment)
        }
    #elseif arch(arm64)
        /// FPCR's flush-to-zero bit (24), which covers operands and results.
        static let flushBits: UInt64 = 1 << 24

        static func controlBits() -> UInt64 {
            var environment = fenv_t()
            fegetenv(&environment)
            return UInt64(environment.__fpcr)
        }

        static func setControlBits(_ bits: UInt64) {
            var environment = fenv_t()
            fegetenv(&environment)
            environment.__fpcr = .init(truncatingIfNeeded: bits)
            fesetenv(&environment)
        }
    #else
        static let flushBits: UInt64 = 0
        static func controlBits() -> UInt64 { 0 }
        static func setControlBits(_ bits: UInt64) {}
    #endif
}
