extension ConfidentLearning {
    /// The prune count matrix `[true][given]`: the transposed calibrated joint with at least `minimum` examples
    /// kept on each diagonal (taken evenly from the column's non-zero off-diagonal cells) and the off-diagonal
    /// scaled by `fraction`, truncated to integers (cleanlab's `_keep_at_least_n_per_class` and
    /// `_reduce_prune_counts`).
    static func keepAtLeast(_ counts: [[Int]], minimum: Int, fraction: Double) -> [[Int]] {
        let size = counts.count
        var matrix = counts.map { $0.map(Double.init) }
        for j in 0..<size {
            let diagonal = counts[j][j]
            let raised = max(diagonal, minimum)
            let nonZero = (0..<size).filter { counts[$0][j] != 0 }.count
            let share = Double(raised - diagonal) / max(Double(nonZero) - 1, 1)
            for i in 0..<size { matrix[i][j] = max(Double(counts[i][j]) - share, 0) }
            matrix[j][j] = Double(raised)
        }
        var reduced = matrix.map { $0.map { $0 * fraction } }
        for j in 0..<size {
            reduced[j][j] = matrix[j][j]
            var removed = 0.0
            for i in 0..<size { removed += matrix[i][j] - reduced[i][j] }
            reduced[j][j] = matrix[j][j] + removed
        }
        return reduced.map { $0.map { Int($0) } }
    }

    /// Flags, for each class k and each other class j, the `kept[j][k]` examples labelled k with the largest
    /// margin `p(j) − p(k)` (cleanlab's `_prune_by_count`).
    static func pruneByNoiseRate(_ mask: inout [Bool], blocks: [ClassBlock], kept: [[Int]], minimum: Int) {
        for k in blocks.indices {
            let block = blocks[k]
            guard block.rows.count > minimum, block.rows.count > 1 else { continue }
            for j in blocks.indices where j != k && kept[j][k] > 0 {
                // The smallest −margin first, as cleanlab's argsort(-margin); the negation is exact.
                let own = k * block.rows.count
                let other = j * block.rows.count
                let flagged = block.columns.withUnsafeBufferPointer { columns in
                    SmallestSelection.positions(kept[j][k], among: block.rows.count) {
                        -(columns[other + $0] - columns[own + $0])
                    }
                }
                for position in flagged { mask[block.rows[position]] = true }
            }
        }
    }

    /// Flags, for each class k, the `n_k − kept[k][k]` examples labelled k with the smallest `p(k)` (cleanlab's
    /// `_prune_by_class`).
    static func pruneByClass(_ mask: inout [Bool], blocks: [ClassBlock], kept: [[Int]], minimum: Int) {
        for k in blocks.indices {
            let block = blocks[k]
            let issues = block.rows.count - kept[k][k]
            guard block.rows.count > minimum, block.rows.count > 1, issues >= 1 else { continue }
            let confidences = Array(block.columns[block.range(of: k)])
            for position in smallest(issues, of: confidences) { mask[block.rows[position]] = true }
        }
    }

    /// The positions of the `count` smallest values, ties to the lower position (a stable argsort's prefix, as
    /// a set).
    static func smallest(_ count: Int, of values: [Double]) -> [Int] {
        SmallestSelection.positions(count, of: values)
    }
}
