import Foundation

/// The instruction-set features of the CPU this process runs on, as the operating system reports them.
///
/// On Linux they are the `flags` of `/proc/cpuinfo`, which list only what both the CPU and the kernel support
/// (AVX state saving included). Elsewhere the set is empty, so only portable code runs.
struct CPUFeatures: Sendable {
    let flags: Set<String>

    /// The features of this machine, read once.
    static let current = CPUFeatures(cpuinfo: (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? "")

    /// Parses the first `flags` line of `/proc/cpuinfo` text.
    init(cpuinfo: String) {
        let line = cpuinfo.split(separator: "\n").first { $0.hasPrefix("flags") }
        let values = line?.split(separator: ":", maxSplits: 1).dropFirst().first ?? ""
        flags = Set(values.split(separator: " ").map(String.init))
    }

    /// Everything `-target-cpu haswell` code generation may use (the x86-64-v3 level: AVX2, FMA, BMI1/2, F16C,
    /// LZCNT, MOVBE, and the SSE4.2/POPCNT below it).
    static let x86v3Flags: Set<String> = [
        "sse4_1", "sse4_2", "ssse3", "popcnt", "avx", "avx2", "fma", "bmi1", "bmi2", "f16c", "abm", "movbe",
    ]

    /// Everything `-target-cpu skylake-avx512` code generation may use beyond x86-64-v3 (the x86-64-v4 level).
    static let x86v4Flags: Set<String> = x86v3Flags.union(["avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl"])

    var supportsX86v3: Bool { Self.x86v3Flags.isSubset(of: flags) }
    var supportsX86v4: Bool { Self.x86v4Flags.isSubset(of: flags) }
}
