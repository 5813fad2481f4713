#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension SystemBLAS {
    /// The `OPENBLAS_CORETYPE` value for a CPU with `features`: `SkylakeX` with AVX-512 (x86-64-v4), `Haswell` with
    /// AVX2 and FMA (x86-64-v3), else `nil` (let OpenBLAS detect the core).
    static func coreType(for features: CPUFeatures) -> String? {
        if features.supportsX86v4 { return "SkylakeX" }
        if features.supportsX86v3 { return "Haswell" }
        return nil
    }

    /// Before the library is opened: when the user has not set `OPENBLAS_CORETYPE`, sets it from the features the
    /// operating system reports. OpenBLAS's own detection reads CPU model numbers and fails inside many VMs (it then
    /// runs its `Prescott` kernels, about 4× slower than tuned ones); the feature flags are reliable there. Only a
    /// DYNAMIC_ARCH OpenBLAS reads the variable, when it is loaded; other libraries ignore it.
    static func chooseOpenBLASCoreType(features: CPUFeatures = .current) {
        guard getenv("OPENBLAS_CORETYPE") == nil, let core = coreType(for: features) else { return }
        setenv("OPENBLAS_CORETYPE", core, 0)
    }
}
