import Foundation

extension SystemBLAS {
    /// OpenBLAS cores whose kernels predate AVX2 and FMA. On a CPU with them, a library running one of these (its
    /// CPU detection failed, e.g. in a VM, and `OPENBLAS_CORETYPE` is unset) is several times slower than the
    /// pure-Swift kernel.
    static let oldCores: Set<String> = [
        "unknown", "katmai", "coppermine", "northwood", "prescott", "banias", "core2", "penryn", "dunnington",
        "nehalem", "sandybridge", "atom", "opteron", "opteron_sse3", "barcelona", "bobcat", "bulldozer", "piledriver",
    ]

    /// Whether `GEMM.Backend.automatic` may hand large products to this library although a fused pure-Swift kernel
    /// runs: only OpenBLAS (a reference BLAS is far slower) running kernels for a core at least as new as AVX2.
    var runsTunedKernels: Bool { Self.runsTunedKernels(coreName: coreName) }

    static func runsTunedKernels(coreName: String?) -> Bool {
        guard let name = coreName?.lowercased().trimmingCharacters(in: .whitespaces), !name.isEmpty else {
            return false
        }
        return !oldCores.contains(name)
    }
}
