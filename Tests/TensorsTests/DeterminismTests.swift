import Testing

@testable import Tensors

@Suite("Pure-Swift GEMM is bitwise deterministic")
struct DeterminismTests {
    static func problem(_ m: Int, _ n: Int, _ k: Int, transposeA: Bool, transposeB: Bool) -> (Matrix, Matrix) {
        let a = transposeA ? NaiveReference.matrix(k, m, seed: 21) : NaiveReference.matrix(m, k, seed: 21)
        let b = transposeB ? NaiveReference.matrix(n, k, seed: 22) : NaiveReference.matrix(k, n, seed: 22)
        return (a, b)
    }

    @Test("Same result bits for 1, 2, 3, 4 and 7 threads and for repeated runs (several K blocks)")
    func acrossThreadCounts() throws {
        for (transposeA, transposeB) in [(false, false), (true, false), (false, true)] {
            let (a, b) = Self.problem(61, 140, 600, transposeA: transposeA, transposeB: transposeB)
            var first = Matrix(rows: 0, columns: 0)
            try Matrix.multiply(
                a, b, into: &first, transposeA: transposeA, transposeB: transposeB, backend: .pureSwift,
                threadCount: 1)
            for threads in [1, 2, 3, 4, 7] {
                var c = Matrix(rows: 0, columns: 0)
                try Matrix.multiply(
                    a, b, into: &c, transposeA: transposeA, transposeB: transposeB, backend: .pureSwift,
                    threadCount: threads)
                #expect(c.values.map(\.bitPattern) == first.values.map(\.bitPattern), "threads \(threads)")
                // The same product split into as many tasks as threads (it is below the size that splits by itself).
                var split = Matrix(rows: 61, columns: 140)
                GEMMProblem.over(a, b, &split, transposeA: transposeA, transposeB: transposeB) { problem in
                    GEMMKernel.run(
                        problem, threads: threads, kernel: GEMMMicroKernel.best(m: 61, n: 140), minimumWork: 1)
                }
                #expect(split.values.map(\.bitPattern) == first.values.map(\.bitPattern), "split, threads \(threads)")
            }
        }
    }

    @Test(
        "Every micro-kernel shape of one family gives the same bits and matches the reference, packed or in place",
        arguments: [(37, 45, 300, false, false), (70, 9, 300, true, false), (5, 70, 300, false, false)])
    func acrossKernelShapes(shape: (Int, Int, Int, Bool, Bool)) throws {
        // The 2nd (narrow, Aᵀ) and 3rd (short, plain B) shapes read full panels in place instead of packing them.
        let (m, n, k, transposeA, transposeB) = shape
        let (a, b) = Self.problem(m, n, k, transposeA: transposeA, transposeB: transposeB)
        let c0 = NaiveReference.matrix(m, n, seed: 23)
        let expected = NaiveReference.gemm(
            a, b, c: c0, transposeA: transposeA, transposeB: transposeB, alpha: 0.5, beta: 2)
        for fused in [true, false] {
            var results: [[UInt32]] = []
            for kernel in GEMMMicroKernel.all where kernel.fused == fused {
                var c = c0
                GEMMProblem.over(a, b, &c, transposeA: transposeA, transposeB: transposeB, alpha: 0.5, beta: 2) {
                    GEMMKernel.run($0, threads: 2, kernel: kernel)
                }
                #expect(NaiveReference.maxRelativeError(c, expected) < 1e-4, "\(kernel.name)")
                results.append(c.values.map(\.bitPattern))
            }
            #expect(Set(results).count == 1, "fused \(fused)")
        }
    }
}
