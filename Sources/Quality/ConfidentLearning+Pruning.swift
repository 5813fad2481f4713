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
    ///
    /// Each (k, j) cell gets a pivot from a sample of its class (`SmallestSelection.samplePivot`); one row-major
    /// pass over the probabilities keeps the examples at or beyond their cells' pivots, and the exact selection
    /// runs on those few. A cell whose pivot let through fewer than `kept[j][k]` examples, or more than its
    /// buffer holds, selects over its whole class instead, so the result never depends on the sample. Cells
    /// that do not prune (including j = k) share one spare slot at the end of the buffers.
    static func pruneByNoiseRate(
        _ mask: inout [Bool], labels: [Int], probabilities: [Double], blocks: [ClassBlock], kept: [[Int]],
        minimum: Int
    ) {
        let classCount = blocks.count
        let plan = CandidatePlan(probabilities: probabilities, blocks: blocks, kept: kept, minimum: minimum)
        guard !plan.cells.isEmpty else { return }
        var rows = [Int](repeating: 0, count: plan.total)
        var values = [Double](repeating: 0, count: plan.total)
        var fill = [Int](repeating: 0, count: classCount * classCount)
        probabilities.withUnsafeBufferPointer { p in
            rows.withUnsafeMutableBufferPointer { rows in
                values.withUnsafeMutableBufferPointer { values in
                    fill.withUnsafeMutableBufferPointer { fill in
                        plan.pivots.withUnsafeBufferPointer { pivots in
                            plan.offsets.withUnsafeBufferPointer { offsets in
                                plan.capacities.withUnsafeBufferPointer { capacities in
                                    let slots = CandidateSlots(
                                        pivots: pivots, offsets: offsets, capacities: capacities, rows: rows,
                                        values: values, fill: fill)
                                    collect(labels: labels, probabilities: p, classCount: classCount, into: slots)
                                }
                            }
                        }
                    }
                }
            }
        }
        for (k, j) in plan.cells {
            let cell = k * classCount + j
            let count = kept[j][k]
            let flagged: [Int]
            if fill[cell] >= count && fill[cell] <= plan.capacities[cell] {
                let range = plan.offsets[cell]..<(plan.offsets[cell] + fill[cell])
                flagged = SmallestSelection.positions(count, of: Array(values[range])).map {
                    rows[range.lowerBound + $0]
                }
            } else {
                let block = blocks[k].rows
                flagged = probabilities.withUnsafeBufferPointer { p in
                    SmallestSelection.positions(count, among: block.count) {
                        -(p[block[$0] * classCount + j] - p[block[$0] * classCount + k])
                    }.map { block[$0] }
                }
            }
            for row in flagged { mask[row] = true }
        }
    }

    /// The row-major pass: every example's −margin `−(p(j) − p(k))` for each class j against its cell's pivot.
    /// Whether a value passes is unpredictable, so nothing branches on it: up to 64 classes, a bit per passing
    /// class is set and only those cells are visited; beyond, every value is written and kept only if it passes.
    static func collect(
        labels: [Int], probabilities p: UnsafeBufferPointer<Double>, classCount: Int, into slots: CandidateSlots
    ) {
        if classCount <= 64 {
            for (row, k) in labels.enumerated() {
                let base = row &* classCount
                let own = p[base &+ k]
                let first = k &* classCount
                var passing: UInt64 = 0
                for j in 0..<classCount {
                    passing |= (-(p[base &+ j] - own) <= slots.pivots[first &+ j] ? 1 : 0) << UInt64(j)
                }
                while passing != 0 {
                    let j = passing.trailingZeroBitCount
                    passing &= passing &- 1
                    slots.keep(row, -(p[base &+ j] - own), in: first &+ j, if: true)
                }
            }
        } else {
            for (row, k) in labels.enumerated() {
                let base = row &* classCount
                let own = p[base &+ k]
                for j in 0..<classCount {
                    // The smallest −margin first, as cleanlab's argsort(-margin).
                    let value = -(p[base &+ j] - own)
                    let cell = k &* classCount &+ j
                    slots.keep(row, value, in: cell, if: value <= slots.pivots[cell])
                }
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
            for position in smallest(issues, of: block.confidences) { mask[block.rows[position]] = true }
        }
    }

    /// The positions of the `count` smallest values, ties to the lower position (a stable argsort's prefix, as
    /// a set).
    static func smallest(_ count: Int, of values: [Double]) -> [Int] {
        SmallestSelection.positions(count, of: values)
    }
}
