import Testing

@testable import Tensors

@Suite("Compiled copies of the micro-kernels: CPU checks, choice, and agreement")
struct KernelBuildTests {
    static let haswellFlags =
        "flags\t\t: fpu sse sse2 ssse3 fma cx16 sse4_1 sse4_2 movbe popcnt avx f16c abm bmi1 avx2 bmi2 erms"
    static let skylakeServerFlags = haswellFlags + " avx512f avx512dq avx512cd avx512bw avx512vl"

    @Test("CPU features: a Haswell runs x86-64-v3 only, a Skylake server v4, a Core 2 or empty text neither")
    func cpuLevels() {
        let haswell = CPUFeatures(cpuinfo: "processor\t: 0\n" + Self.haswellFlags + "\nbugs\t\t: spectre_v1\n")
        #expect(haswell.supportsX86v3 && !haswell.supportsX86v4)
        let server = CPUFeatures(cpuinfo: Self.skylakeServerFlags)
        #expect(server.supportsX86v3 && server.supportsX86v4)
        let core2 = CPUFeatures(cpuinfo: "flags\t\t: fpu sse sse2 ssse3 cx16 sse4_1")
        #expect(!core2.supportsX86v3 && !core2.supportsX86v4)
        // AVX-512 without FMA (impossible in practice) is not enough: v4 includes all of v3.
        let broken = CPUFeatures(cpuinfo: Self.skylakeServerFlags.replacingOccurrences(of: " fma", with: ""))
        #expect(!broken.supportsX86v3 && !broken.supportsX86v4)
        #expect(CPUFeatures(cpuinfo: "").flags.isEmpty)
    }

    @Test("The portable copy is always available and last; ANNEAL_KERNELS picks only an available copy")
    func availableCopies() {
        #expect(GEMMKernelBuild.available.last == .portable)
        #expect(GEMMKernelBuild.requested(fromEnvironment: ["ANNEAL_KERNELS": " Portable "]) == .portable)
        #expect(GEMMKernelBuild.requested(fromEnvironment: ["ANNEAL_KERNELS": "x86-64-v9"]) == nil)
        #expect(GEMMKernelBuild.requested(fromEnvironment: [:]) == nil)
        for build in GEMMKernelBuild.allCases {
            let requested = GEMMKernelBuild.requested(fromEnvironment: ["ANNEAL_KERNELS": build.name])
            #expect(requested == (build.isAvailable ? build : nil), "\(build)")
        }
    }

    @Test("A fast copy, when this CPU runs one, is the default and uses fused multiply-add")
    func fastCopyIsDefault() {
        let fastest = GEMMKernelBuild.available[0]
        let family = GEMMMicroKernel.chosenFamily(requested: nil)
        #expect(family.map(\.build) == Array(repeating: fastest, count: family.count))
        if fastest != .portable { #expect(family.map(\.fused) == Array(repeating: true, count: family.count)) }
        let portable = GEMMMicroKernel.chosenFamily(requested: .portable)
        #expect(portable.map(\.build) == Array(repeating: .portable, count: portable.count))
    }

    @Test("Tile cost model: on AVX-512 the 8x32 tile wins square products and the 12x16 tile a 10-column output")
    func tileCosts() {
        func kernel(_ mr: Int, _ nr: Int, _ width: Int) -> GEMMMicroKernel {
            GEMMMicroKernel(
                name: "", mr: mr, nr: nr, width: width, fused: true, build: .portable,
                body: { _, _, _, _, _, _, _, _, _, _ in }, pack: GEMMPacking.pack)
        }
        // max(vector FMAs, B loads + broadcasts) / 2 per K step.
        #expect(kernel(8, 32, 16).cycles(lanes: 16) == 8)  // 16 FMAs, 10 loads
        #expect(kernel(12, 16, 16).cycles(lanes: 16) == 6.5)  // 12 FMAs, 13 loads
        #expect(kernel(6, 16, 8).cycles(lanes: 16) == 6)  // 12 FMAs, 8 loads
        #expect(kernel(6, 16, 8).cycles(lanes: 8) == 6)
        #expect(kernel(8, 32, 16).cycles(lanes: 8) == 16)  // 32 FMAs on 8-lane vectors
        // Per output element, 8x32 is cheapest for large squares; for 1024×10, 12x16 needs 86 tiles of 6.5.
        let square = [kernel(8, 32, 16), kernel(12, 16, 16)].map { $0.cycles(lanes: 16) / Double($0.mr * $0.nr) }
        #expect(square[0] < square[1])
        let narrow = [kernel(8, 32, 16), kernel(12, 16, 16)].map { k in
            Double((1024 + k.mr - 1) / k.mr) * k.cycles(lanes: 16)
        }
        #expect(narrow[1] < narrow[0])
    }

    @Test("Each copy is bitwise deterministic across thread counts and agrees with the reference")
    func perCopyDeterminism() throws {
        let (m, n, k) = (45, 70, 300)
        let (a, b) = DeterminismTests.problem(m, n, k, transposeA: true, transposeB: false)
        let expected = NaiveReference.gemm(
            a, b, c: Matrix(rows: m, columns: n), transposeA: true, transposeB: false, alpha: 1, beta: 0)
        var fusedResults: [[UInt32]] = []
        for build in GEMMKernelBuild.available {
            for fused in build == .portable ? [true, false] : [true] {
                let kernel = GEMMMicroKernel.family(build, fused: fused)[0]
                var first: [UInt32] = []
                for threads in [1, 2, 3] {
                    var c = Matrix(rows: m, columns: n)
                    GEMMProblem.over(a, b, &c, transposeA: true) {
                        GEMMKernel.run($0, threads: threads, kernel: kernel)
                    }
                    #expect(NaiveReference.maxRelativeError(c, expected) < 1e-4, "\(kernel.name)")
                    let bits = c.values.map(\.bitPattern)
                    if first.isEmpty { first = bits }
                    #expect(bits == first, "\(kernel.name), threads \(threads)")
                }
                if fused { fusedResults.append(first) }
            }
        }
        // Every compiled copy rounds a fused multiply-add the same way.
        #expect(Set(fusedResults).count == 1)
    }
}
