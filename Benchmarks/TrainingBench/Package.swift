// swift-tools-version:6.0
import PackageDescription

// Training throughput benchmark: Anneal's Trainer on an MLP, measured in samples/s and peak memory, compared with
// PyTorch by scripts/bench/train_vs_torch. Sources/<Module> are relative symlinks to the main package's modules,
// so this builds alone from a clean clone without resolving the main package's other dependencies.
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
    name: "TrainingBench",
    platforms: [.macOS(.v15)],
    targets: [
        .target(name: "Schedules"),
        .target(
            name: "Tensors", dependencies: tensorsKernels.map { .target(name: $0.name) }, exclude: ["CPUCopies"]),
        .target(name: "Datasets", dependencies: ["Tensors"]),
        .target(name: "Evaluation", dependencies: ["Tensors"]),
        .target(name: "Training", dependencies: ["Schedules", "Tensors", "Datasets", "Evaluation"]),
        .executableTarget(name: "TrainingBench", dependencies: ["Training", "Tensors", "Schedules"]),
    ] + tensorsKernels,
    swiftLanguageModes: [.v6]
)
