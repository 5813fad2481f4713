extension DataSplit {
    /// K-fold cross-validation: `folds` splits whose test sets partition the rows. The first `rowCount % folds`
    /// folds hold one extra row (as sklearn's `KFold`). Without a seed, folds are consecutive blocks.
    /// - Throws: `DatasetError.invalidArgument` unless 2 ≤ folds ≤ rowCount.
    public static func kFold(rowCount: Int, folds: Int, seed: UInt64? = nil) throws -> [DataSplit] {
        try checkFolds(folds, rowCount: rowCount)
        var rows = Array(0..<rowCount)
        if let seed {
            var generator = SeededGenerator(seed: seed)
            generator.shuffle(&rows)
        }
        var assignment = Array(repeating: 0, count: rowCount)
        var start = 0
        for fold in 0..<folds {
            let size = rowCount / folds + (fold < rowCount % folds ? 1 : 0)
            for position in start..<(start + size) { assignment[rows[position]] = fold }
            start += size
        }
        return splits(assignment, folds: folds)
    }

    /// Stratified k-fold: each label's rows are shuffled and dealt to the folds in turn, continuing where the
    /// previous label stopped, so every fold's size and every label's count per fold differ by at most one.
    /// - Throws: `DatasetError.invalidArgument` unless 2 ≤ folds ≤ rowCount.
    public static func stratifiedKFold<Label: Hashable>(labels: [Label], folds: Int, seed: UInt64) throws
        -> [DataSplit]
    {
        try checkFolds(folds, rowCount: labels.count)
        var generator = SeededGenerator(seed: seed)
        var assignment = Array(repeating: 0, count: labels.count)
        var next = 0
        for rows in groupRows(labels, generator: &generator) {
            for row in rows {
                assignment[row] = next
                next = (next + 1) % folds
            }
        }
        return splits(assignment, folds: folds)
    }

    private static func splits(_ assignment: [Int], folds: Int) -> [DataSplit] {
        (0..<folds).map { fold in
            DataSplit(
                train: assignment.indices.filter { assignment[$0] != fold },
                test: assignment.indices.filter { assignment[$0] == fold })
        }
    }

    private static func checkFolds(_ folds: Int, rowCount: Int) throws {
        guard folds >= 2, folds <= rowCount else {
            throw DatasetError(
                .invalidArgument, "\(folds) folds for \(rowCount) rows; use between 2 and the number of rows")
        }
    }
}
