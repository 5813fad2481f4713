import Testing

@testable import Tensors

/// What the tests of the thin-product kernels (`RowDots`, `OuterSums`, `RowCombinations`) share.
enum ThinProducts {
    /// `op(a) · op(b)` through `GEMMKernel.run`, split across workers from one multiply-add on; records an issue
    /// unless `chosen` says the kernel under test runs the product.
    static func run(
        _ a: Matrix, _ b: Matrix, c: Matrix, transposeA: Bool = false, transposeB: Bool = false, alpha: Float,
        beta: Float, threads: Int, kernel: GEMMMicroKernel, chosen: (GEMMProblem, GEMMMicroKernel) -> Bool
    ) -> Matrix {
        var c = c
        GEMMProblem.over(a, b, &c, transposeA: transposeA, transposeB: transposeB, alpha: alpha, beta: beta) {
            problem in
            #expect(chosen(problem, kernel))
            GEMMKernel.run(problem, threads: threads, kernel: kernel, minimumWork: 1)
        }
        return c
    }

    /// The documented order of `OuterSums` and `RowCombinations`, written plainly: per element one fused
    /// multiply-add chain over K from +0, then `alpha · s (+ beta · C)`. B is never transposed.
    static func chains(_ a: Matrix, _ b: Matrix, c: Matrix, transposeA: Bool, alpha: Float, beta: Float) -> [Float] {
        let (m, k) = transposeA ? (a.columns, a.rows) : (a.rows, a.columns)
        let n = b.columns
        return (0..<m).flatMap { i in
            (0..<n).map { j in
                var sum: Float = 0
                for p in 0..<k {
                    let x = transposeA ? a.values[p * m + i] : a.values[i * k + p]
                    sum = sum.addingProduct(x, b.values[p * n + j])
                }
                return beta == 0 ? alpha * sum : alpha * sum + beta * c.values[i * n + j]
            }
        }
    }

    /// Every fused copy, 1–3 threads, beta 0 (C starts as NaN, so it must not be read) and beta −2 with alpha 0.5:
    /// the product equals `chains` bit for bit.
    static func expectChains(
        _ a: Matrix, _ b: Matrix, c0: Matrix, transposeA: Bool, chosen: (GEMMProblem, GEMMMicroKernel) -> Bool
    ) {
        for build in GEMMKernelBuild.available {
            let kernel = GEMMMicroKernel.family(build, fused: true)[0]
            for threads in [1, 2, 3] {
                for (alpha, beta) in [(Float(1), Float(0)), (0.5, -2)] {
                    let start = beta == 0 ? Matrix(rows: c0.rows, columns: c0.columns, repeating: .nan) : c0
                    let c = run(
                        a, b, c: start, transposeA: transposeA, alpha: alpha, beta: beta, threads: threads,
                        kernel: kernel, chosen: chosen)
                    let expected = chains(a, b, c: c0, transposeA: transposeA, alpha: alpha, beta: beta)
                    #expect(
                        c.values.map(\.bitPattern) == expected.map(\.bitPattern),
                        "\(build.name), \(threads) threads, beta \(beta)")
                }
            }
        }
    }
}
