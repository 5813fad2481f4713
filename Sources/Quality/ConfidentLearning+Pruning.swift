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
    static func pruneByNoiseRate(
        _ mask: inout [Bool], probabilities p: [Double], classCount: Int, rowsByClass: [[Int]], kept: [[Int]],
        minimum: Int
    ) {
        for k in 0..<classCount {
            let rows = rowsByClass[k]
            guard rows.count > minimum, rows.count > 1 else { continue }
            for j in 0..<classCount where j != k && kept[j][k] > 0 {
                let margins = rows.map { p[$0 * classCount + j] - p[$0 * classCount + k] }
                for position in smallest(kept[j][k], of: margins.map { -$0 }) { mask[rows[position]] = true }
            }
        }
    }

    /// Flags, for each class k, the `n_k − kept[k][k]` examples labelled k with the smallest `p(k)` (cleanlab's
    /// `_prune_by_class`).
    static func pruneByClass(
        _ mask: inout [Bool], probabilities p: [Double], classCount: Int, rowsByClass: [[Int]], kept: [[Int]],
        minimum: Int
    ) {
        for k in 0..<classCount {
            let rows = rowsByClass[k]
            let issues = rows.count - kept[k][k]
            guard rows.count > minimum, rows.count > 1, issues >= 1 else { continue }
            let confidences = rows.map { p[$0 * classCount + k] }
            for position in smallest(issues, of: confidences) { mask[rows[position]] = true }
        }
    }

    /// The positions of the `count` smallest values, ties to the lower position (a stable argsort's prefix).
    static func smallest(_ count: Int, of values: [Double]) -> [Int] {
        guard count > 0 else { return [] }
        let order = values.indices.sorted { values[$0] < values[$1] || (values[$0] == values[$1] && $0 < $1) }
        return Array(order.prefix(count))
    }
}
