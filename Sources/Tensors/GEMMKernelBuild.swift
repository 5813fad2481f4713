import Foundation

#if canImport(TensorsX86v3)
    import TensorsX86v3
#endif
#if canImport(TensorsX86v4)
    import TensorsX86v4
#endif

/// A compiled copy of the micro-kernels in `Kernels/`: the portable one inside Tensors, and on x86-64 Linux two
/// copies built for newer CPUs (the modules TensorsX86v3, with AVX2 and FMA, and TensorsX86v4, with AVX-512).
///
/// A fast copy is used only when the CPU reports every feature its code generation may use, so a plain
/// `swift build` runs fast on new CPUs and safely on old ones. All fused copies give bitwise-identical results.
enum GEMMKernelBuild: String, Sendable, CaseIterable {
    case x86v4 = "x86-64-v4"
    case x86v3 = "x86-64-v3"
    case portable

    /// The name used in `GEMM.kernelDescription` and accepted by `ANNEAL_KERNELS`.
    var name: String { rawValue }

    /// Whether this process contains the copy and the CPU can run it.
    var isAvailable: Bool {
        switch self {
        case .portable: return true
        case .x86v3:
            #if canImport(TensorsX86v3)
                return CPUFeatures.current.supportsX86v3
            #else
                return false
            #endif
        case .x86v4:
            #if canImport(TensorsX86v4)
                return CPUFeatures.current.supportsX86v4
            #else
                return false
            #endif
        }
    }

    /// The copy's entry points; `nil` when the copy is not compiled into this build.
    var entryPoints: KernelCopy.EntryPoints? {
        switch self {
        case .portable: return KernelCopy.entryPoints
        case .x86v3:
            #if canImport(TensorsX86v3)
                return TensorsX86v3.KernelCopy.entryPoints
            #else
                return nil
            #endif
        case .x86v4:
            #if canImport(TensorsX86v4)
                return TensorsX86v4.KernelCopy.entryPoints
            #else
                return nil
            #endif
        }
    }

    /// The copy's kernel bodies, one per `MicroKernelTiles.shapes` entry; empty when the copy is not compiled in.
    /// Must only be called when `isAvailable`.
    func bodies(fused: Bool) -> [MicroKernelTiles.Body] {
        guard let entryPoints else { return [] }
        return fused ? entryPoints.fused : entryPoints.separate
    }

    /// The copy's packing and thin-product kernels (the portable copy's when this one is not compiled in). Must only
    /// be called when `isAvailable`.
    var kernels: KernelCopy.EntryPoints { entryPoints ?? KernelCopy.entryPoints }

    /// Whether the copy offers a tile shape: AVX2 has 16 vector registers, too few for the 8×32 tile's 32.
    func offersTile(mr: Int, nr: Int) -> Bool {
        self != .x86v3 || mr * nr <= 6 * 16
    }

    /// Floats per hardware vector register of a fast copy; `nil` for the portable copy (whose width depends on how
    /// it was built).
    var vectorLanes: Int? {
        switch self {
        case .x86v4: return 16
        case .x86v3: return 8
        case .portable: return nil
        }
    }

    /// The copies this process can run, fastest first (always ends with `.portable`).
    static let available: [GEMMKernelBuild] = allCases.filter(\.isAvailable)

    /// The copy named by `ANNEAL_KERNELS` (`portable`, `x86-64-v3`, `x86-64-v4`) when it is available; `nil`
    /// when the variable is unset, unknown, or names a copy this CPU cannot run (then the fastest is used).
    static func requested(fromEnvironment environment: [String: String]) -> GEMMKernelBuild? {
        guard let text = environment["ANNEAL_KERNELS"]?.lowercased().trimmingCharacters(in: .whitespaces),
            let build = GEMMKernelBuild(rawValue: text), build.isAvailable
        else { return nil }
        return build
    }
}
