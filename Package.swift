// swift-tools-version:6.0
import PackageDescription

// Tensors' micro-kernels (Sources/Tensors/Kernels) are compiled again for newer x86-64 CPUs. The copies are part of
// Tensors' layer, not modules of their own: they live in Tensors' folder (Sources/Tensors/CPUCopies/X86v3 and
// X86v4 are symlinks to Kernels, which imports nothing), and only Tensors imports them. Tensors checks the CPU's
// features at run time and calls a copy only when the CPU can run it, so a plain `swift build` is fast on new CPUs
// and safe on old ones. The flags are declared only on x86-64 Linux (SwiftPM 6.2+ accepts unsafe flags in
// dependencies; on macOS there are none).
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

// Layers depend only downward (see ARCHITECTURE.md). The bottom layers have no dependencies.
let package = Package(
    name: "Anneal",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "anneal", targets: ["anneal"]),
        .library(name: "Schedules", targets: ["Schedules"]),
        .library(name: "Tensors", targets: ["Tensors"]),
        .library(name: "Datasets", targets: ["Datasets"]),
        .library(name: "Evaluation", targets: ["Evaluation"]),
        .library(name: "Training", targets: ["Training"]),
        .library(name: "Drift", targets: ["Drift"]),
        .library(name: "Quality", targets: ["Quality"]),
        .library(name: "Reports", targets: ["Reports"]),
        .library(name: "Tracking", targets: ["Tracking"]),
        .library(name: "Sweeps", targets: ["Sweeps"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .target(name: "Schedules"),
        .target(
            name: "Tensors", dependencies: tensorsKernels.map { .target(name: $0.name) }, exclude: ["CPUCopies"]),
        .target(name: "Datasets", dependencies: ["Tensors"]),
        .target(name: "Evaluation", dependencies: ["Tensors"]),
        .target(name: "Training", dependencies: ["Schedules", "Tensors", "Datasets", "Evaluation"]),
        .target(name: "Drift", dependencies: ["Datasets"]),
        .target(name: "Quality", dependencies: ["Datasets", "Evaluation", "Training"]),
        .target(
            name: "Tracking",
            dependencies: [
                "Schedules", "Datasets",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(name: "Sweeps", dependencies: ["Training", "Tracking", "Evaluation"]),
        .target(name: "Reports", dependencies: ["Evaluation", "Drift", "Schedules"]),
        .target(
            name: "AnnealCLI",
            dependencies: [
                "Schedules", "Tensors", "Datasets", "Evaluation", "Training", "Drift", "Quality", "Reports", "Tracking", "Sweeps",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "anneal",
            dependencies: ["AnnealCLI", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "SchedulesTests", dependencies: ["Schedules"], exclude: ["Fixtures"]),
        .testTarget(name: "TensorsTests", dependencies: ["Tensors"], exclude: ["Fixtures"]),
        .testTarget(name: "DatasetsTests", dependencies: ["Datasets"], exclude: ["Fixtures"]),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation"], exclude: ["Fixtures"]),
        .testTarget(name: "TrainingTests", dependencies: ["Training"], exclude: ["Fixtures"]),
        .testTarget(name: "QualityTests", dependencies: ["Quality"], exclude: ["Fixtures"]),
        .testTarget(name: "DriftTests", dependencies: ["Drift"], exclude: ["Fixtures"]),
        .testTarget(name: "TrackingTests", dependencies: ["Tracking"], exclude: ["Fixtures"]),
        .testTarget(name: "SweepsTests", dependencies: ["Sweeps"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports"], exclude: ["Fixtures"]),
        .testTarget(name: "AnnealCLITests", dependencies: ["AnnealCLI"]),
    ] + tensorsKernels,
    swiftLanguageModes: [.v6]
)
