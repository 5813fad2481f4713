/// Encodes the target column: class labels to indices for classification, values for regression.
///
/// Classes are sorted (numbers numerically, text by Unicode code points, as sklearn's `LabelEncoder`), so the
/// same labels always get the same indices. `Codable`, to be saved with the model.
public struct TargetEncoder: Codable, Equatable, Sendable {
    /// The target column name.
    public let column: String
    /// The task: binary, multiclass or regression.
    public let task: PredictionTask
    /// The class labels in index order (empty for regression). Numbers are written as `Column.text(at:)` does.
    public let classes: [String]

    /// Fits the target encoding on the training rows.
    ///
    /// Task inference (as sklearn's `type_of_target`, with a class limit): categorical or boolean targets are
    /// binary with two classes and multiclass with more; integer-valued targets are binary with at most two
    /// values, multiclass with up to `maxClasses`, regression beyond; other numbers are regression.
    /// - Parameters:
    ///   - table: the training rows.
    ///   - target: the target column name.
    ///   - task: the task, to override inference (a categorical column cannot be regression).
    ///   - maxClasses: the most distinct integer values treated as classes when inferring.
    /// - Throws: `DatasetError` `.missingColumn`, `.missingTarget` (naming the first row without a target),
    ///   `.wrongType` for regression on text.
    public static func fit(
        _ table: Table, target: String, task: PredictionTask? = nil, maxClasses: Int = 50
    ) throws -> TargetEncoder {
        let column = try table.column(named: target)
        try checkNoMissing(column)
        if column.type == .categorical && task == .regression {
            throw DatasetError(
                .wrongType,
                "the target '\(target)' holds text and cannot be regressed; choose a classification task "
                    + "or read it with types: [\"\(target)\": .number]")
        }
        var labels: [String]
        if column.type == .categorical {
            let used = Set(column.codes.map { Int($0) })
            labels = column.levels.indices.filter { used.contains($0) }.map { column.levels[$0] }
            labels.sort(by: FeatureEncoder.codePointOrder)
        } else {
            let distinct = Set(column.numbers).sorted()
            labels = distinct.map { Column.format($0) }
            if column.type == .boolean { labels = distinct.map { $0 != 0 ? "true" : "false" } }
        }
        let inferred: PredictionTask
        switch column.type {
        case .categorical, .boolean:
            inferred = labels.count > 2 ? .multiclass : .binary
        case .integer:
            inferred = labels.count <= 2 ? .binary : labels.count <= maxClasses ? .multiclass : .regression
        case .number:
            inferred = .regression
        }
        let chosen = task ?? inferred
        return TargetEncoder(column: target, task: chosen, classes: chosen.isClassification ? labels : [])
    }

    /// Creates a target encoder from its parts (for example decoded from a model bundle).
    public init(column: String, task: PredictionTask, classes: [String]) {
        self.column = column
        self.task = task
        self.classes = classes
    }

    /// The class index of each row (classification).
    /// - Throws: `DatasetError` `.missingColumn`, `.missingTarget`, `.unknownClass` for a label not seen in
    ///   training, `.wrongType` when the encoder is for regression.
    public func classIndices(_ table: Table) throws -> [Int] {
        guard task.isClassification else {
            throw DatasetError(.wrongType, "the target '\(column)' is a regression target; use values(_:)")
        }
        let target = try table.column(named: column)
        try Self.checkNoMissing(target)
        let index = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
        return try (0..<target.count).map { row in
            let label = target.text(at: row) ?? ""
            guard let position = index[label] else {
                throw DatasetError(
                    .unknownClass,
                    "row \(row + 1) has the class '\(label)', not seen in training (classes: "
                        + "\(classes.joined(separator: ", "))); drop those rows or retrain with them")
            }
            return position
        }
    }

    /// The target values of each row (regression).
    /// - Throws: `DatasetError` `.missingColumn`, `.missingTarget`, `.wrongType` for a text column.
    public func values(_ table: Table) throws -> [Float] {
        let target = try table.column(named: column)
        try Self.checkNoMissing(target)
        guard target.type != .categorical else {
            throw DatasetError(.wrongType, "the target '\(column)' holds text; regression needs numbers")
        }
        return target.numbers.map { Float($0) }
    }

    /// The label of class `index`.
    public func label(ofClass index: Int) -> String? {
        classes.indices.contains(index) ? classes[index] : nil
    }

    private static func checkNoMissing(_ column: Column) throws {
        if let row = (0..<column.count).first(where: { column.isMissing($0) }) {
            throw DatasetError(
                .missingTarget,
                "the target '\(column.name)' is missing in row \(row + 1) (\(column.missingCount) rows "
                    + "in all); drop rows without a target before training")
        }
    }
}
