import Foundation
import Testing

@testable import Tensors

@Suite("System BLAS (found at run time) agrees with the pure-Swift kernel")
struct SystemBLASTests {
    @Test(
        "cblas_sgemm and pure Swift agree within float tolerance for all transposes, alpha and beta",
        .enabled(if: SystemBLAS.shared != nil, "no system BLAS found (libopenblas.so.0 / libblas.so.3); skipped"))
    func agreesWithPureSwift() throws {
        for (m, n, k) in [(1, 1, 1), (67, 129, 31), (64, 64, 300)] {
            for (transposeA, transposeB) in [(false, false), (true, false), (false, true), (true, true)] {
                let a = transposeA ? NaiveReference.matrix(k, m, seed: 31) : NaiveReference.matrix(m, k, seed: 31)
                let b = transposeB ? NaiveReference.matrix(n, k, seed: 32) : NaiveReference.matrix(k, n, seed: 32)
                let c0 = NaiveReference.matrix(m, n, seed: 33)
                var pure = c0
                var blas = c0
                try Matrix.multiply(
                    a, b, into: &pure, transposeA: transposeA, transposeB: transposeB, alpha: 0.75, beta: 0.5,
                    backend: .pureSwift)
                try Matrix.multiply(
                    a, b, into: &blas, transposeA: transposeA, transposeB: transposeB, alpha: 0.75, beta: 0.5,
                    backend: .systemBLAS)
                #expect(NaiveReference.maxRelativeError(pure, blas) < 1e-5 * Float(k).squareRoot() + 1e-6)
            }
        }
    }

    @Test(
        "Split over 2 and 3 workers (slabs of rows when C is tall, of columns when wide): the naive product, and the same bits on every run",
        .enabled(if: SystemBLAS.shared != nil, "no system BLAS found (libopenblas.so.0 / libblas.so.3); skipped"))
    func slabsAgreeWithReference() throws {
        for (m, n, k) in [(200, 70, 33), (70, 200, 33), (130, 130, 5)] {
            for (transposeA, transposeB) in [(false, false), (true, false), (false, true), (true, true)] {
                let a = transposeA ? NaiveReference.matrix(k, m, seed: 41) : NaiveReference.matrix(m, k, seed: 41)
                let b = transposeB ? NaiveReference.matrix(n, k, seed: 42) : NaiveReference.matrix(k, n, seed: 42)
                let c0 = NaiveReference.matrix(m, n, seed: 43)
                let expected = NaiveReference.gemm(
                    a, b, c: c0, transposeA: transposeA, transposeB: transposeB, alpha: 0.5, beta: -1)
                for threads in [2, 3] {
                    let runs = try (0..<2).map { _ in
                        var c = c0
                        try Matrix.multiply(
                            a, b, into: &c, transposeA: transposeA, transposeB: transposeB, alpha: 0.5, beta: -1,
                            backend: .systemBLAS, threadCount: threads)
                        return c
                    }
                    #expect(NaiveReference.maxRelativeError(runs[0], expected) < 1e-5 * Float(k).squareRoot() + 1e-6)
                    #expect(runs[0].values == runs[1].values)
                }
            }
        }
    }

    @Test("ANNEAL_BLAS=off (and 0/false/no) disables the system BLAS; anything else keeps it")
    func environmentSwitch() {
        for off in ["off", "OFF", "0", "false", "no", " off "] {
            #expect(!ComputeSettings.blasEnabled(fromEnvironment: ["ANNEAL_BLAS": off]))
        }
        for on in ["on", "1", "openblas"] { #expect(ComputeSettings.blasEnabled(fromEnvironment: ["ANNEAL_BLAS": on])) }
        #expect(ComputeSettings.blasEnabled(fromEnvironment: [:]))
    }

    @Test("ANNEAL_THREADS sets the thread count; invalid values fall back to the processor count")
    func threadEnvironment() {
        #expect(ComputeSettings.threadCount(fromEnvironment: ["ANNEAL_THREADS": "3"]) == 3)
        let fallback = ComputeSettings.threadCount(fromEnvironment: [:])
        #expect(fallback >= 1)
        for bad in ["0", "-2", "many", ""] {
            #expect(ComputeSettings.threadCount(fromEnvironment: ["ANNEAL_THREADS": bad]) == fallback)
        }
    }

    @Test(
        "Backend choice: pureSwift never; systemBLAS always; automatic from 512³ with a fused kernel, else from 64³")
    func backendChoice() {
        #expect(!GEMM.useBLAS(.pureSwift, m: 1000, n: 1000, k: 1000))
        #expect(GEMM.useBLAS(.systemBLAS, m: 2, n: 2, k: 2))
        #expect(!GEMM.useBLAS(.automatic, m: 2, n: 2, k: 2))
        let fused = GEMMMicroKernel.calibrated.kernels[0].fused
        let enabled = ComputeSettings.usesSystemBLAS
        let tuned = SystemBLAS.shared?.runsTunedKernels == true
        #expect(GEMM.useBLAS(.automatic, m: 256, n: 512, k: 512) == (!fused && enabled))
        #expect(GEMM.useBLAS(.automatic, m: 1024, n: 10, k: 2048) == (!fused && enabled))
        #expect(GEMM.useBLAS(.automatic, m: 512, n: 512, k: 512) == (enabled && (!fused || tuned)))
        #expect(GEMM.useBLAS(.automatic, m: 2048, n: 1024, k: 1024) == (enabled && (!fused || tuned)))
    }

    @Test("Large products go only to OpenBLAS running AVX2-or-newer kernels (not a failed detection, not netlib)")
    func tunedKernels() {
        for name in ["SkylakeX", "Haswell", "Zen", "SapphireRapids", "Cooperlake"] {
            #expect(SystemBLAS.runsTunedKernels(coreName: name), "\(name)")
        }
        for name in ["Prescott", "Core2", "Nehalem", "Sandybridge", "unknown", ""] {
            #expect(!SystemBLAS.runsTunedKernels(coreName: name), "\(name)")
        }
        #expect(!SystemBLAS.runsTunedKernels(coreName: nil))
    }

    @Test("OPENBLAS_CORETYPE from CPU flags: SkylakeX with AVX-512, Haswell with AVX2+FMA, none on older CPUs")
    func coreTypeFromFeatures() {
        let v3 = CPUFeatures.x86v3Flags.joined(separator: " ")
        let v4 = CPUFeatures.x86v4Flags.joined(separator: " ")
        #expect(SystemBLAS.coreType(for: CPUFeatures(cpuinfo: "flags\t: fpu sse2 \(v4)\n")) == "SkylakeX")
        #expect(SystemBLAS.coreType(for: CPUFeatures(cpuinfo: "flags\t: fpu sse2 \(v3)\n")) == "Haswell")
        #expect(SystemBLAS.coreType(for: CPUFeatures(cpuinfo: "flags\t: fpu sse2 avx avx2\n")) == nil)
        #expect(SystemBLAS.coreType(for: CPUFeatures(cpuinfo: "")) == nil)
    }

    @Test(
        "Loading OpenBLAS sets OPENBLAS_CORETYPE from the CPU flags unless the user set it",
        .enabled(if: SystemBLAS.shared?.coreName != nil, "OpenBLAS not found; skipped"))
    func coreTypeSetBeforeLoading() {
        _ = SystemBLAS.shared
        let value = getenv("OPENBLAS_CORETYPE").map { String(cString: $0) }
        if let expected = SystemBLAS.coreType(for: .current) {
            #expect(value != nil)
            if value == expected { #expect(SystemBLAS.shared?.coreName?.lowercased() == expected.lowercased()) }
        }
    }

    @Test(
        "A product on the system BLAS gives the same bits every time for a fixed thread count",
        .enabled(if: SystemBLAS.shared != nil, "no system BLAS found (libopenblas.so.0 / libblas.so.3); skipped"))
    func blasDeterministicPerThreadCount() throws {
        let (m, n, k) = (192, 160, 700)
        let a = NaiveReference.matrix(k, m, seed: 34)
        let b = NaiveReference.matrix(k, n, seed: 35)
        for threads in [1, 2] {
            var results: Set<[UInt32]> = []
            for _ in 0..<4 {
                var c = Matrix(rows: 0, columns: 0)
                try Matrix.multiply(a, b, into: &c, transposeA: true, backend: .systemBLAS, threadCount: threads)
                results.insert(c.values.map(\.bitPattern))
            }
            #expect(results.count == 1, "threads \(threads)")
        }
    }
}
