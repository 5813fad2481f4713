// swift-tools-version:6.0
import PackageDescription

// Training throughput benchmark: Anneal's Trainer on an MLP, measured in samples/s and peak memory, compared with
// PyTorch by scripts/bench/train_vs_torch. Sources/<Module> are relative symlinks to the main package's modules,
// so this builds alone from a clean clone without resolving the main package's other dependencies.
let package = Package(
    name: "TrainingBench",
    platforms: [.macOS(.v14)],
    targets: [
        .target(name: "Schedules"),
        .target(name: "Tensors"),
        .target(name: "Datasets", dependencies: ["Tensors"]),
        .target(name: "Evaluation", dependencies: ["Tensors"]),
        .target(name: "Training", dependencies: ["Schedules", "Tensors", "Datasets", "Evaluation"]),
        .executableTarget(name: "TrainingBench", dependencies: ["Training", "Tensors", "Schedules"]),
    ],
    swiftLanguageModes: [.v6]
)
