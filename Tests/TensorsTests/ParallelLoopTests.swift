import Testing

@testable import Tensors

@Suite("Elementwise passes split across threads: per-size worker counts, same bits for any thread count")
struct ParallelLoopTests {
    @Test("Workers: one for small work, never more than the thread count, at least minimumPerWorker items each")
    func workerCount() {
        #expect(ParallelLoop.workers(count: 1000, minimumPerWorker: 65536, threadCount: 8) == 1)
        #expect(ParallelLoop.workers(count: 0, minimumPerWorker: 65536, threadCount: 8) == 1)
        #expect(ParallelLoop.workers(count: 3 * 65536, minimumPerWorker: 65536, threadCount: 2) == 2)
        #expect(ParallelLoop.workers(count: 3 * 65536, minimumPerWorker: 65536, threadCount: 8) == 3)
    }

    @Test("Chunks are disjoint, cover every item once, start at multiples of 16; empty input calls nothing")
    func chunksCover() {
        for threads in [1, 2, 3, 7] {
            for count in [1, 17, 1000, 100_003] {
                var seen = [Int](repeating: 0, count: count)
                seen.withUnsafeMutableBufferPointer { seen in
                    ParallelLoop.forEachChunk(of: count, minimumPerWorker: 16, threadCount: threads) { range in
                        #expect(range.lowerBound % 16 == 0)
                        for i in range { seen[i] += 1 }
                    }
                }
                #expect(seen.allSatisfy { $0 == 1 }, "threads \(threads), count \(count)")
            }
        }
        ParallelLoop.forEachChunk(of: 0, threadCount: 4) { _ in Issue.record("called for an empty range") }
    }

    @Test(
        "Activation forward and backward in chunks give the same bits for 1, 2, 3 and 7 threads",
        arguments: ActivationTests.cases)
    func activationChunksSameBits(name: String, activation: Activation) {
        let count = 10_007
        var random = RandomSource(seed: 5)
        let x = (0..<count).map { _ in random.uniform(-6, 6) }
        let g = (0..<count).map { _ in random.uniform(-1, 1) }
        func run(_ threads: Int) -> [UInt32] {
            var y = [Float](repeating: 0, count: count)
            var dx = [Float](repeating: 0, count: count)
            x.withUnsafeBufferPointer { x in
                g.withUnsafeBufferPointer { g in
                    y.withUnsafeMutableBufferPointer { y in
                        dx.withUnsafeMutableBufferPointer { dx in
                            ParallelLoop.forEachChunk(of: count, minimumPerWorker: 64, threadCount: threads) { r in
                                activation.forward(
                                    UnsafeBufferPointer(rebasing: x[r]),
                                    into: UnsafeMutableBufferPointer(rebasing: y[r]))
                                activation.backward(
                                    UnsafeBufferPointer(rebasing: x[r]), UnsafeBufferPointer(rebasing: g[r]),
                                    into: UnsafeMutableBufferPointer(rebasing: dx[r]))
                            }
                        }
                    }
                }
            }
            return (y + dx).map(\.bitPattern)
        }
        let single = run(1)
        for threads in [2, 3, 7] { #expect(run(threads) == single, "\(name), \(threads) threads") }
    }

    @Test("Bias add and column sums on a matrix large enough to split give the bits of the row-by-row loop")
    func biasAndColumnSumsSameBits() throws {
        let (rows, columns) = (300, 701)
        var random = RandomSource(seed: 9)
        let values = (0..<(rows * columns)).map { _ in random.uniform(-1, 1) }
        let bias = (0..<columns).map { _ in random.uniform(-1, 1) }
        var matrix = try Matrix(rows: rows, columns: columns, values: values)
        var expectedSums = [Float](repeating: 0, count: columns)
        for i in 0..<rows { for j in 0..<columns { expectedSums[j] += values[i * columns + j] } }
        #expect(matrix.columnSums().map(\.bitPattern) == expectedSums.map(\.bitPattern))
        try matrix.addBias(try Matrix(rows: 1, columns: columns, values: bias))
        let expected = values.indices.map { values[$0] + bias[$0 % columns] }
        #expect(matrix.values.map(\.bitPattern) == expected.map(\.bitPattern))
    }
}
