import Datasets

/// The target of a table as the checks need it: the task, the class of each row (classification) or its value
/// (regression), with missing targets marked.
struct TargetLabels: Sendable {
    /// The task inferred by `TargetEncoder` (sorted class labels, as everywhere in Anneal).
    let task: PredictionTask
    /// The class labels in index order (empty for regression).
    let classes: [String]
    /// The class index of each row, `-1` where the target is missing (classification only).
    let indices: [Int]
    /// The value of each row, `.nan` where missing (numeric targets only; empty for text targets).
    let values: [Double]

    /// The labels of `table[target]`, or `nil` when every target is missing.
    init?(_ table: Table, target: String) {
        guard let column = table[target], let present = try? table.droppingMissing(in: target),
            present.rowCount > 0, let encoder = try? TargetEncoder.fit(present, target: target)
        else { return nil }
        task = encoder.task
        classes = encoder.classes
        values = column.type.isNumeric ? column.numbers : []
        guard encoder.task.isClassification else {
            indices = []
            return
        }
        let position = Dictionary(uniqueKeysWithValues: encoder.classes.enumerated().map { ($1, $0) })
        if column.type == .categorical {
            let levels = column.levels.map { position[$0] ?? -1 }
            indices = column.codes.map { $0 < 0 ? -1 : levels[Int($0)] }
        } else {
            indices = (0..<column.count).map { row in column.text(at: row).flatMap { position[$0] } ?? -1 }
        }
    }

    /// Rows per class.
    var classCounts: [Int] {
        var counts = Array(repeating: 0, count: classes.count)
        for index in indices where index >= 0 { counts[index] += 1 }
        return counts
    }
}
