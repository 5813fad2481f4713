import Testing

@testable import Tensors

@Suite("Thin A·Bᵀ products as row dot products: the documented order, every copy, any thread count")
struct RowDotsTests {
    /// The documented order of one dot product, written plainly: 16 lane sums over whole vectors of K with fused
    /// multiply-adds, the K tail into lanes 0, 1, …, then halves added pairwise.
    static func dot(_ x: ArraySlice<Float>, _ y: ArraySlice<Float>) -> Float {
        let (x, y) = (Array(x), Array(y))
        var lanes = [Float](repeating: 0, count: 16)
        let whole = x.count / 16 * 16
        for p in 0..<whole { lanes[p % 16] = lanes[p % 16].addingProduct(x[p], y[p]) }
        for p in whole..<x.count { lanes[p - whole] = lanes[p - whole].addingProduct(x[p], y[p]) }
        var width = 16
        while width > 1 {
            width /= 2
            for l in 0..<width { lanes[l] = lanes[l] + lanes[l + width] }
        }
        return lanes[0]
    }

    static func run(
        _ a: Matrix, _ b: Matrix, c: Matrix, alpha: Float, beta: Float, threads: Int, kernel: GEMMMicroKernel
    ) -> Matrix {
        ThinProducts.run(
            a, b, c: c, transposeB: true, alpha: alpha, beta: beta, threads: threads, kernel: kernel,
            chosen: GEMMKernel.usesRowDots)
    }

    @Test(
        "Each element is the plainly written dot product, bit for bit, in every fused copy and for 1–3 threads",
        arguments: [(1, 1, 128), (7, 12, 130), (9, 5, 200), (33, 2, 512), (4, 4, 143), (13, 10, 160)])
    func matchesDocumentedOrder(shape: (Int, Int, Int)) {
        let (m, n, k) = shape
        let a = NaiveReference.matrix(m, k, seed: 51)
        let b = NaiveReference.matrix(n, k, seed: 52)
        let expected = (0..<m).flatMap { i in
            (0..<n).map { j in Self.dot(a.values[(i * k)..<(i * k + k)], b.values[(j * k)..<(j * k + k)]) }
        }
        for build in GEMMKernelBuild.available {
            let kernels = GEMMMicroKernel.family(build, fused: true)
            for threads in [1, 2, 3] {
                let c = Self.run(
                    a, b, c: Matrix(rows: m, columns: n, repeating: .nan), alpha: 1, beta: 0, threads: threads,
                    kernel: kernels[0])
                #expect(c.values.map(\.bitPattern) == expected.map(\.bitPattern), "\(build.name), \(threads) threads")
            }
        }
    }

    @Test("alpha and beta: C = alpha·A·Bᵀ + beta·C within float tolerance of the Double reference")
    func alphaBeta() {
        let (m, n, k) = (10, 3, 300)
        let a = NaiveReference.matrix(m, k, seed: 53)
        let b = NaiveReference.matrix(n, k, seed: 54)
        let c0 = NaiveReference.matrix(m, n, seed: 55)
        let kernel = GEMMMicroKernel.calibrated.kernels[0]
        guard kernel.fused else { return }
        for (alpha, beta) in [(Float(1), Float(1)), (0.5, -2), (-1, 0)] {
            let c = Self.run(a, b, c: c0, alpha: alpha, beta: beta, threads: 2, kernel: kernel)
            let expected = NaiveReference.gemm(
                a, b, c: c0, transposeA: false, transposeB: true, alpha: alpha, beta: beta)
            #expect(NaiveReference.maxRelativeError(c, expected) < 1e-5 * Float(k).squareRoot())
        }
    }

    @Test("Chosen only for A·Bᵀ with at most 12 columns, K of at least 128, and a fused kernel family")
    func selection() {
        let storage = [Float](repeating: 1, count: 16)
        storage.withUnsafeBufferPointer { p in
            let x = p.baseAddress!
            let c = UnsafeMutablePointer(mutating: x)
            func problem(_ tA: Bool, _ tB: Bool, n: Int, k: Int) -> GEMMProblem {
                GEMMProblem(
                    transposeA: tA, transposeB: tB, m: 64, n: n, k: k, alpha: 1, a: x, lda: k, b: x, ldb: k,
                    beta: 0, c: c, ldc: n)
            }
            let fused = GEMMMicroKernel.family(.portable, fused: true)[0]
            let separate = GEMMMicroKernel.family(.portable, fused: false)[0]
            #expect(GEMMKernel.usesRowDots(problem(false, true, n: 10, k: 2048), fused))
            #expect(GEMMKernel.usesRowDots(problem(false, true, n: 12, k: 128), fused))
            #expect(!GEMMKernel.usesRowDots(problem(false, true, n: 13, k: 2048), fused))
            #expect(!GEMMKernel.usesRowDots(problem(false, true, n: 10, k: 127), fused))
            #expect(!GEMMKernel.usesRowDots(problem(false, false, n: 10, k: 2048), fused))
            #expect(!GEMMKernel.usesRowDots(problem(true, true, n: 10, k: 2048), fused))
            #expect(!GEMMKernel.usesRowDots(problem(false, true, n: 10, k: 2048), separate))
        }
    }
}
