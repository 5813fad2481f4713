import Testing

@testable import Tensors

@Suite("Short-K A·B products as row combinations: the documented order, every copy, any thread count")
struct RowCombinationsTests {
    /// (rows of C, K, columns of C): odd and even row counts, 64-column blocks, 16-column vectors, a scalar tail.
    @Test(
        "Each element is the plainly written chain, bit for bit, in every fused copy, 1–3 threads, with alpha/beta",
        arguments: [(1, 1, 1), (2, 2, 64), (256, 2, 512), (33, 10, 130), (9, 12, 200), (5, 3, 15), (64, 11, 97)])
    func matchesDocumentedOrder(shape: (Int, Int, Int)) {
        let (m, k, n) = shape
        let a = NaiveReference.matrix(m, k, seed: 71)
        let b = NaiveReference.matrix(k, n, seed: 72)
        let c0 = NaiveReference.matrix(m, n, seed: 73)
        ThinProducts.expectChains(a, b, c0: c0, transposeA: false, chosen: GEMMKernel.usesRowCombinations)
    }

    @Test("Through Matrix.multiply (input-gradient form): within float tolerance of the Double reference")
    func throughMultiply() throws {
        let dY = NaiveReference.matrix(300, 10, seed: 74)
        let w = NaiveReference.matrix(10, 100, seed: 75)
        var gradient = Matrix(rows: 300, columns: 100)
        try Matrix.multiply(dY, w, into: &gradient, backend: .pureSwift, threadCount: 2)
        let expected = NaiveReference.gemm(
            dY, w, c: Matrix(rows: 300, columns: 100), transposeA: false, transposeB: false, alpha: 1, beta: 0)
        #expect(NaiveReference.maxRelativeError(gradient, expected) < 1e-5 * Float(10).squareRoot())
    }

    @Test("Chosen only for A·B, neither transposed, with K of at most 12 and a fused kernel family")
    func selection() {
        let storage = [Float](repeating: 1, count: 16)
        storage.withUnsafeBufferPointer { p in
            let x = p.baseAddress!
            let c = UnsafeMutablePointer(mutating: x)
            func problem(_ tA: Bool, _ tB: Bool, k: Int) -> GEMMProblem {
                GEMMProblem(
                    transposeA: tA, transposeB: tB, m: 256, n: 512, k: k, alpha: 1, a: x, lda: 256, b: x,
                    ldb: 512, beta: 0, c: c, ldc: 512)
            }
            let fused = GEMMMicroKernel.family(.portable, fused: true)[0]
            let separate = GEMMMicroKernel.family(.portable, fused: false)[0]
            #expect(GEMMKernel.usesRowCombinations(problem(false, false, k: 2), fused))
            #expect(GEMMKernel.usesRowCombinations(problem(false, false, k: 12), fused))
            #expect(!GEMMKernel.usesRowCombinations(problem(false, false, k: 13), fused))
            #expect(!GEMMKernel.usesRowCombinations(problem(true, false, k: 10), fused))
            #expect(!GEMMKernel.usesRowCombinations(problem(false, true, k: 10), fused))
            #expect(!GEMMKernel.usesRowCombinations(problem(false, false, k: 10), separate))
        }
    }
}
