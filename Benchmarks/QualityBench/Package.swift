// swift-tools-version:6.0
// Benchmarks for the Quality module, kept out of the main build. The module sources (and those Quality depends on)
// are reached through symlinks Sources/<Module> -> ../../../Sources/<Module>, so this package builds from a clean
// clone on its own. Run through scripts/bench/label_issues_vs_cleanlab (release build).
import PackageDescription

let package = Package(
    name: "QualityBench",
    targets: [
        .target(name: "Schedules"),
        .target(name: "Tensors", exclude: ["CPUCopies"]),
        .target(name: "Datasets", dependencies: ["Tensors"]),
        .target(name: "Evaluation", dependencies: ["Tensors"]),
        .target(name: "Training", dependencies: ["Schedules", "Tensors", "Datasets", "Evaluation"]),
        .target(name: "Quality", dependencies: ["Datasets", "Evaluation", "Training"]),
        .executableTarget(name: "QualityBench", dependencies: ["Quality", "Evaluation"]),
    ],
    swiftLanguageModes: [.v6]
)
