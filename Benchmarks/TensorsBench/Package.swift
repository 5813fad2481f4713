// swift-tools-version:6.0
import PackageDescription

// GEMM benchmark: pure-Swift SGEMM vs the system BLAS (same dlopen path) in one run.
// Sources/Tensors is a relative symlink to the main package's module, so this builds alone from a clean clone
// without resolving the main package's other dependencies. Run it through scripts/bench/gemm_vs_openblas.
let package = Package(
    name: "TensorsBench",
    targets: [
        .target(name: "Tensors"),
        .executableTarget(name: "TensorsBench", dependencies: ["Tensors"]),
    ],
    swiftLanguageModes: [.v6]
)
