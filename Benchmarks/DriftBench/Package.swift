// swift-tools-version:6.0
// Benchmarks for the Drift module, kept out of the main build. The module sources are reached through the
// symlinks Sources/<Module> -> ../../../Sources/<Module> (Drift, and Datasets with Tensors for the CSV-to-report
// measurement), so this package builds from a clean clone on its own.
// Run through scripts/bench/drift_vs_river and scripts/bench/drift_vs_scipy (release build).
import PackageDescription

let package = Package(
    name: "DriftBench",
    targets: [
        .target(name: "Tensors", exclude: ["CPUCopies"]),
        .target(name: "Datasets", dependencies: ["Tensors"]),
        .target(name: "Drift"),
        .executableTarget(name: "DriftBench", dependencies: ["Drift", "Datasets"]),
    ],
    swiftLanguageModes: [.v6]
)
