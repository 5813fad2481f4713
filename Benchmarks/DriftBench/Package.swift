// swift-tools-version:6.0
// Benchmarks for the Drift module, kept out of the main build. The Drift sources are reached through the
// symlink Sources/Drift -> ../../../Sources/Drift, so this package builds from a clean clone on its own.
// Run through scripts/bench/drift_vs_river and scripts/bench/drift_vs_scipy (release build).
import PackageDescription

let package = Package(
    name: "DriftBench",
    targets: [
        .target(name: "Drift"),
        .executableTarget(name: "DriftBench", dependencies: ["Drift"]),
    ],
    swiftLanguageModes: [.v6]
)
