// swift-tools-version:6.0
import PackageDescription

// Benchmarks for the Tracking module, kept out of the main build. Driver: scripts/bench/store_vs_mlflow.
let package = Package(
    name: "TrackingBench",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "Anneal", path: "../..")],
    targets: [
        .executableTarget(
            name: "TrackingBench",
            dependencies: [.product(name: "Tracking", package: "Anneal")]
        )
    ],
    swiftLanguageModes: [.v6]
)
