/// Where the row-major pruning pass keeps its candidates: for each (given k, other j) cell that prunes, a pivot on
/// `−(p(j) − p(k))` from a strided sample of class k, and a slice of one flat buffer sized for the expected
/// candidates with room to spare, plus one spare slot that absorbs the pass's branch-free writes once the cell is
/// full. Cells that do not prune have pivot −∞ and capacity 0, and all point at one shared spare slot at the
/// end, so no example is kept for them.
struct CandidatePlan {
    /// The (k, j) cells that prune, in class order.
    var cells: [(k: Int, j: Int)] = []
    /// Pivot of cell `k * classCount + j`.
    var pivots: [Double]
    /// Start of each cell's slice in the flat buffers.
    var offsets: [Int]
    /// Candidates each cell's slice holds (its slice has one more, spare, slot).
    var capacities: [Int]
    /// Total length of the flat buffers.
    var total = 0

    init(probabilities: [Double], blocks: [ClassBlock], kept: [[Int]], minimum: Int) {
        let classCount = blocks.count
        pivots = [Double](repeating: -.infinity, count: classCount * classCount)
        offsets = [Int](repeating: 0, count: classCount * classCount)
        capacities = [Int](repeating: 0, count: classCount * classCount)
        let sampleSize = SmallestSelection.sampleSize
        var sample = [Double](repeating: 0, count: sampleSize * classCount)
        for k in blocks.indices {
            let rows = blocks[k].rows
            guard rows.count > minimum, rows.count > 1 else { continue }
            // Each sampled example's probabilities are read once (one or two cache lines) for every j: the
            // negated margins at the positions `SmallestSelection.samplePivot` would read.
            if rows.count >= 2048 {
                probabilities.withUnsafeBufferPointer { p in
                    for index in 0..<sampleSize {
                        let base = rows[index * rows.count / sampleSize] * classCount
                        for j in 0..<classCount { sample[j * sampleSize + index] = -(p[base + j] - p[base + k]) }
                    }
                }
            }
            for j in blocks.indices where j != k && kept[j][k] > 0 {
                let cell = k * classCount + j
                cells.append((k, j))
                var capacity = rows.count
                if let rank = SmallestSelection.pivotRank(kept[j][k], among: rows.count) {
                    pivots[cell] = sample.withUnsafeMutableBufferPointer { sample in
                        SmallestSelection.select(
                            rank,
                            in: UnsafeMutableBufferPointer(rebasing: sample[(j * sampleSize)..<((j + 1) * sampleSize)]))
                    }
                    capacity = min(rows.count, rows.count * (rank + 1) / sampleSize * 3 / 2 + 64)
                } else {
                    pivots[cell] = .infinity
                }
                capacities[cell] = capacity
                offsets[cell] = total
                total += capacity + 1
            }
        }
        // The shared spare slot of the cells that do not prune.
        var pruning = [Bool](repeating: false, count: classCount * classCount)
        for (k, j) in cells { pruning[k * classCount + j] = true }
        for cell in pruning.indices where !pruning[cell] { offsets[cell] = total }
        total += 1
    }
}
