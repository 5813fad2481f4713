// swift-tools-version:6.0
import PackageDescription

// Benchmarks for the Datasets module, kept out of the main build. `Sources/Datasets` is a symlink to the main
// package's module folder so this package builds alone, without the main package's other modules.
let package = Package(
    name: "DatasetsBench",
    targets: [
        .target(name: "Datasets"),
        .executableTarget(name: "csv-bench", dependencies: ["Datasets"]),
    ],
    swiftLanguageModes: [.v6]
)
