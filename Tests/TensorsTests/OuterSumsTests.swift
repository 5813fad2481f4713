import Testing

@testable import Tensors

@Suite("Thin Aᵀ·B products as outer-product sums: the documented order, every copy, any thread count")
struct OuterSumsTests {
    /// (K, rows of C, columns of C): odd and even row counts, 64-column register blocks, 256-column scratch blocks
    /// (several, and a partial one), K not a multiple of 4, 16-column vectors and a scalar tail.
    @Test(
        "Each element is the plainly written chain, bit for bit, in every fused copy, 1–3 threads, with alpha/beta",
        arguments: [
            (1, 1, 1), (7, 2, 64), (256, 2, 512), (33, 10, 130), (300, 12, 200), (5, 3, 15), (64, 11, 97), (67, 6, 600),
        ])
    func matchesDocumentedOrder(shape: (Int, Int, Int)) {
        let (k, m, n) = shape
        let a = NaiveReference.matrix(k, m, seed: 61)
        let b = NaiveReference.matrix(k, n, seed: 62)
        let c0 = NaiveReference.matrix(m, n, seed: 63)
        ThinProducts.expectChains(a, b, c0: c0, transposeA: true, chosen: GEMMKernel.usesOuterSums)
    }

    @Test("Through Matrix.multiply (weight-gradient form): within float tolerance of the Double reference")
    func throughMultiply() throws {
        let dY = NaiveReference.matrix(300, 10, seed: 64)
        let x = NaiveReference.matrix(300, 100, seed: 65)
        var gradient = Matrix(rows: 10, columns: 100)
        try Matrix.multiply(dY, x, into: &gradient, transposeA: true, backend: .pureSwift, threadCount: 2)
        let expected = NaiveReference.gemm(
            dY, x, c: Matrix(rows: 10, columns: 100), transposeA: true, transposeB: false, alpha: 1, beta: 0)
        #expect(NaiveReference.maxRelativeError(gradient, expected) < 1e-5 * Float(300).squareRoot())
    }

    @Test("Chosen only for Aᵀ·B with at most 12 rows and a fused kernel family")
    func selection() {
        let storage = [Float](repeating: 1, count: 16)
        storage.withUnsafeBufferPointer { p in
            let x = p.baseAddress!
            let c = UnsafeMutablePointer(mutating: x)
            func problem(_ tA: Bool, _ tB: Bool, m: Int) -> GEMMProblem {
                GEMMProblem(
                    transposeA: tA, transposeB: tB, m: m, n: 512, k: 256, alpha: 1, a: x, lda: m, b: x, ldb: 512,
                    beta: 0, c: c, ldc: 512)
            }
            let fused = GEMMMicroKernel.family(.portable, fused: true)[0]
            let separate = GEMMMicroKernel.family(.portable, fused: false)[0]
            #expect(GEMMKernel.usesOuterSums(problem(true, false, m: 10), fused))
            #expect(GEMMKernel.usesOuterSums(problem(true, false, m: 12), fused))
            #expect(!GEMMKernel.usesOuterSums(problem(true, false, m: 13), fused))
            #expect(!GEMMKernel.usesOuterSums(problem(false, false, m: 10), fused))
            #expect(!GEMMKernel.usesOuterSums(problem(true, true, m: 10), fused))
            #expect(!GEMMKernel.usesOuterSums(problem(true, false, m: 10), separate))
        }
    }
}
