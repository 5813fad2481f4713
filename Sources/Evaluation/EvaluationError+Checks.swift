// Input checks shared by every metric: each throws an `EvaluationError` that names the field and the fix.

extension EvaluationError {
    static func requireNonEmpty(_ count: Int, _ field: String) throws {
        if count == 0 {
            throw EvaluationError(.emptyInput, "`\(field)` is empty; pass at least one value.")
        }
    }

    static func requireSameLength(_ a: Int, _ fieldA: String, _ b: Int, _ fieldB: String) throws {
        if a != b {
            throw EvaluationError(
                .lengthMismatch,
                "`\(fieldA)` has \(a) values but `\(fieldB)` has \(b); pass one value of each per sample.")
        }
    }

    static func requireFinite(_ values: [Double], _ field: String) throws {
        if let index = values.firstIndex(where: { !$0.isFinite }) {
            throw EvaluationError(
                .nonFiniteValue,
                "`\(field)`[\(index)] is \(values[index]); remove or impute non-finite values first.")
        }
    }

    static func requireProbabilities(_ values: [Double], _ field: String) throws {
        try requireFinite(values, field)
        if let index = values.firstIndex(where: { $0 < 0 || $0 > 1 }) {
            throw EvaluationError(
                .outOfRange,
                "`\(field)`[\(index)] is \(values[index]); probabilities must lie in [0, 1].")
        }
    }

    static func requireClasses(_ labels: [Int], _ field: String, classCount: Int) throws {
        if let index = labels.firstIndex(where: { $0 < 0 || $0 >= classCount }) {
            throw EvaluationError(
                .outOfRange,
                "`\(field)`[\(index)] is \(labels[index]); classes must be in 0..<\(classCount) (the class count).")
        }
    }

    static func requireBinary(_ labels: [Int], _ field: String) throws {
        if let index = labels.firstIndex(where: { $0 != 0 && $0 != 1 }) {
            throw EvaluationError(
                .outOfRange,
                "`\(field)`[\(index)] is \(labels[index]); binary labels must be 0 (negative) or 1 (positive).")
        }
    }

    static func requireBothClasses(_ labels: [Int], _ metric: String) throws {
        let positives = labels.reduce(0) { $0 + ($1 == 1 ? 1 : 0) }
        if positives == 0 || positives == labels.count {
            throw EvaluationError(
                .undefinedMetric,
                "\(metric) is undefined: only class \(labels.first ?? 0) is present in `labels`;"
                    + " it needs both positive and negative samples (scikit-learn returns NaN with a warning).")
        }
    }

    /// A non-empty row-major matrix of `classCount` ≥ 2 columns.
    static func requireRows(_ values: [Double], classCount: Int, _ field: String) throws {
        guard classCount >= 2 else {
            throw EvaluationError(.invalidArgument, "`classCount` is \(classCount); pass at least 2 classes.")
        }
        try requireNonEmpty(values.count, field)
        guard values.count % classCount == 0 else {
            throw EvaluationError(
                .lengthMismatch,
                "`\(field)` has \(values.count) values, not a multiple of `classCount` \(classCount);"
                    + " pass one row of \(classCount) values per sample.")
        }
    }
}
