// swift-tools-version:6.0
import PackageDescription

// GEMM benchmark: pure-Swift SGEMM vs the system BLAS (same dlopen path) in one run.
// Sources/Tensors is a relative symlink to the main package's module, so this builds alone from a clean clone
// without resolving the main package's other dependencies. Run it through scripts/bench/gemm_vs_openblas.
// Tensors' micro-kernels are compiled again for newer x86-64 CPUs (Sources/Tensors/CPUCopies, symlinks to
// Kernels); Tensors picks a copy at run time from the CPU's features. Keep this in step with the main Package.swift.
var tensorsKernels: [Target] = []
#if os(Linux) && arch(x86_64)
    tensorsKernels = [
        .target(
            name: "TensorsX86v3", path: "Sources/Tensors/CPUCopies/X86v3",
            swiftSettings: [.unsafeFlags(["-target-cpu", "haswell"])]),
        .target(
            name: "TensorsX86v4", path: "Sources/Tensors/CPUCopies/X86v4",
            swiftSettings: [.unsafeFlags(["-target-cpu", "skylake-avx512"])]),
    ]
#endif

let package = Package(
    name: "TensorsBench",
    targets: [
        .target(
            name: "Tensors", dependencies: tensorsKernels.map { .target(name: $0.name) }, exclude: ["CPUCopies"]),
        .executableTarget(name: "TensorsBench", dependencies: ["Tensors"]),
    ] + tensorsKernels,
    swiftLanguageModes: [.v6]
)
