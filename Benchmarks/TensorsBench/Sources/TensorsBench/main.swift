import Foundation
import Tensors

// Usage: TensorsBench [--threads N] [--min-seconds S] [--blas off] [--backend pure|automatic]
//                     [--shapes MxKxN[:A|:B],...]
// `--backend automatic` times Anneal's own choice in the first column (large products: one single-threaded system
// BLAS call per worker on its slab of C) instead of the pure-Swift kernel.
// A shape suffix `:A` multiplies by Aᵀ (A stored K×M, the weight-gradient shape), `:B` by Bᵀ (B stored N×K, the
// input-gradient shape).
// Prints, per shape, pure-Swift and system-BLAS GFLOP/s and their ratio, measured in this one process.

struct Options {
    var threads = ComputeSettings.threadCount
    var minSeconds = 1.0
    var compareBLAS = true
    var backend = GEMM.Backend.pureSwift
    var shapes: [(m: Int, k: Int, n: Int, op: String)] = [
        (512, 512, 512, ""), (1024, 1024, 1024, ""), (64, 32, 64, ""), (256, 512, 512, ""), (1024, 1024, 2048, ""),
    ]

    init(_ arguments: [String]) {
        var i = 1
        while i + 1 < arguments.count {
            let value = arguments[i + 1]
            switch arguments[i] {
            case "--threads": threads = Int(value) ?? threads
            case "--min-seconds": minSeconds = Double(value) ?? minSeconds
            case "--blas": compareBLAS = value != "off"
            case "--backend": backend = value == "automatic" ? .automatic : .pureSwift
            case "--shapes":
                shapes = value.split(separator: ",").compactMap { text in
                    let parts = text.split(separator: ":")
                    let d = parts[0].split(separator: "x").compactMap { Int($0) }
                    return d.count == 3 ? (d[0], d[1], d[2], parts.count > 1 ? String(parts[1]) : "") : nil
                }
            default: break
            }
            i += 2
        }
    }
}

/// Per-call timings of `body`, run repeatedly for at least `minSeconds` of wall time after one warm-up call
/// (workspaces, kernel calibration, BLAS threads): the best wall time, and the least process CPU time
/// (all threads; immune to preemption by other processes, but it counts a BLAS's spinning idle threads).
func timePerCall(minSeconds: Double, _ body: () -> Void) -> (wall: Double, cpu: Double) {
    body()
    var best = Double.infinity
    var bestCPU = Double.infinity
    var total = 0.0
    var calls = 0
    while total < minSeconds || calls < 3 {
        let cpuStart = processCPUSeconds()
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9
        bestCPU = min(bestCPU, processCPUSeconds() - cpuStart)
        best = min(best, elapsed)
        total += elapsed
        calls += 1
    }
    return (best, bestCPU)
}

func processCPUSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}

let options = Options(CommandLine.arguments)
ComputeSettings.threadCount = options.threads
let blas = options.compareBLAS ? SystemBLAS.shared : nil
print("threads: \(options.threads)   pure-Swift kernel: \(GEMM.kernelDescription)")
print("system BLAS: \(blas.map { "\($0.library), core \($0.coreName ?? "?")" } ?? "none found (install libopenblas0 to compare)")")
print("GFLOP/s from the best wall time per call; in brackets, GFLOP per CPU-second (see timePerCall)")
print("shape (M×K · K×N)        pure GFLOP/s        BLAS GFLOP/s        pure/BLAS   max |diff|")
for (m, k, n, op) in options.shapes {
    var random = RandomSource(seed: 42)
    let (tA, tB) = (op == "A", op == "B")
    let a = Matrix.randomUniform(rows: tA ? k : m, columns: tA ? m : k, lower: -1, upper: 1, using: &random)
    let b = Matrix.randomUniform(rows: tB ? n : k, columns: tB ? k : n, lower: -1, upper: 1, using: &random)
    var cPure = Matrix(rows: m, columns: n)
    var cBLAS = Matrix(rows: m, columns: n)
    let flops = 2.0 * Double(m) * Double(n) * Double(k)
    let pure = timePerCall(minSeconds: options.minSeconds) {
        try? Matrix.multiply(
            a, b, into: &cPure, transposeA: tA, transposeB: tB, backend: options.backend, threadCount: options.threads)
    }
    let label = "\(m)×\(k)\(tA ? "ᵀ" : "") · \(k)×\(n)\(tB ? "ᵀ" : "")"
    var line =
        label + String(repeating: " ", count: max(1, 24 - label.count))
        + String(format: "%10.1f [%6.1f]", flops / pure.wall / 1e9, flops / pure.cpu / 1e9)
    if let blas {
        // OpenBLAS as its own users call it: one call, its own threads (Anneal instead makes one single-threaded
        // call per worker on a slab of C).
        blas.setThreadCount(options.threads)
        let reference = timePerCall(minSeconds: options.minSeconds) {
            a.withUnsafeBufferPointer { pa in
                b.withUnsafeBufferPointer { pb in
                    cBLAS.withUnsafeMutableBufferPointer { pc in
                        blas.sgemm(
                            transposeA: tA, transposeB: tB, m: m, n: n, k: k, alpha: 1, a: pa.baseAddress!,
                            lda: a.columns, b: pb.baseAddress!, ldb: b.columns, beta: 0, c: pc.baseAddress!, ldc: n)
                    }
                }
            }
        }
        var diff: Float = 0
        for (x, y) in zip(cPure.values, cBLAS.values) { diff = max(diff, abs(x - y)) }
        line += String(
            format: "%10.1f [%6.1f]%11.2f×%13.2e", flops / reference.wall / 1e9, flops / reference.cpu / 1e9,
            reference.wall / pure.wall, Double(diff))
    }
    print(line)
}
