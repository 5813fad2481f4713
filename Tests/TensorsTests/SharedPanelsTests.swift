import Testing

@testable import Tensors

/// Products split into shared-panel units (`GEMMKernel.runSharedPanels`): the bits of one thread, any thread count.
@Suite("GEMM units over shared packed panels")
struct SharedPanelsTests {
    /// 140 rows (row blocks of 40, 24, 16 or 16 rows on 1 to 4 workers; the last one short, with edge tiles), 1060
    /// columns (two B blocks, the second of 36 columns: edge tiles), K of 300 (two K blocks); plain, Aᵀ and Bᵀ;
    /// alpha and beta.
    @Test(
        "Bit for bit the single-threaded task path, on 1 to 4 workers",
        arguments: [(false, false), (true, false), (false, true)])
    func sameBitsAsOneThread(transposes: (Bool, Bool)) throws {
        let (transposeA, transposeB) = transposes
        let (m, n, k) = (140, 1060, 300)
        let a = transposeA ? NaiveReference.matrix(k, m, seed: 81) : NaiveReference.matrix(m, k, seed: 81)
        let b = transposeB ? NaiveReference.matrix(n, k, seed: 82) : NaiveReference.matrix(k, n, seed: 82)
        let c0 = NaiveReference.matrix(m, n, seed: 83)
        let kernel = GEMMMicroKernel.best(m: m, n: n)
        /// Units on `workers` workers, or (nil) the single-threaded task path.
        func run(workers: Int?) -> [UInt32] {
            var c = c0
            GEMMProblem.over(a, b, &c, transposeA: transposeA, transposeB: transposeB, alpha: 0.5, beta: 2) { problem in
                if let workers {
                    GEMMKernel.runSharedPanels(problem, workers: workers, kernel: kernel)
                } else {
                    GEMMKernel.run(problem, threads: 1, kernel: kernel)
                }
            }
            return c.values.map(\.bitPattern)
        }
        let one = run(workers: nil)
        for workers in 1...4 { #expect(run(workers: workers) == one, "\(workers) workers") }
        var c = c0
        try Matrix.multiply(
            a, b, into: &c, transposeA: transposeA, transposeB: transposeB, alpha: 0.5, beta: 2, backend: .pureSwift,
            threadCount: 1)
        let expected = NaiveReference.gemm(
            a, b, c: c0, transposeA: transposeA, transposeB: transposeB, alpha: 0.5, beta: 2)
        #expect(NaiveReference.maxRelativeError(c, expected) < 1e-4)
    }

    @Test("One worker alone takes every unit in order without waiting, and packs each panel once")
    func oneWorkerNeverWaits() {
        let schedule = SharedPanelSchedule(sequences: 5, rowBlocks: 3)
        var packed: [Int] = []
        var units: [String] = []
        while let (sequence, block) = schedule.claim() {
            schedule.preparePanel(sequence) { packed.append(sequence) }
            schedule.waitForEarlierSequences(of: block, before: sequence)
            units.append("\(sequence).\(block)")
            schedule.finish(block)
        }
        #expect(packed == [0, 1, 2, 3, 4])
        #expect(units.count == 15 && units.first == "0.0" && units.last == "4.2")
    }

    @Test("Only large products with a few row blocks per worker and wide B blocks are split into units")
    func selection() {
        let storage = [Float](repeating: 1, count: 16)
        storage.withUnsafeBufferPointer { p in
            let x = p.baseAddress!
            func problem(m: Int, n: Int, k: Int = 1 << 20) -> GEMMProblem {
                GEMMProblem(
                    transposeA: false, transposeB: false, m: m, n: n, k: k, alpha: 1, a: x, lda: k, b: x, ldb: n,
                    beta: 0, c: UnsafeMutablePointer(mutating: x), ldc: n)
            }
            let kernel = GEMMMicroKernel.family(.portable, fused: true)[0]
            let (mr, nr) = (kernel.mr, kernel.nr)
            #expect(GEMMKernel.usesSharedPanels(problem(m: 8 * mr, n: 3 * nr), kernel, workers: 2))
            #expect(!GEMMKernel.usesSharedPanels(problem(m: 8 * mr, n: 3 * nr), kernel, workers: 1))
            #expect(!GEMMKernel.usesSharedPanels(problem(m: 8 * mr - 1, n: 3 * nr), kernel, workers: 2))
            #expect(!GEMMKernel.usesSharedPanels(problem(m: 8 * mr, n: 2 * nr), kernel, workers: 2))
            #expect(!GEMMKernel.usesSharedPanels(problem(m: 256, n: 512, k: 512), kernel, workers: 2))
        }
    }
}
