/// Predicted class probabilities for a batch: one row per sample, one column per class, stored row-major.
///
/// Validated on creation: finite, in [0, 1], and each row sums to 1 within `sumTolerance`.
public struct ClassProbabilities: Sendable, Equatable, Codable {
    /// Row-major values: `values[row * classCount + class]`.
    public let values: [Double]
    /// The number of classes (columns), at least 2.
    public let classCount: Int

    /// The largest allowed distance of a row sum from 1: loose enough for Float32 softmax outputs over many
    /// classes, tight enough to catch logits or unnormalised scores passed by mistake.
    public static let sumTolerance = 1e-4

    /// The number of samples (rows).
    public var count: Int { values.count / classCount }

    /// Creates probabilities from row-major values.
    /// - Parameters:
    ///   - rowMajor: `count × classCount` values, row after row.
    ///   - classCount: the number of classes, at least 2.
    /// - Throws: `EvaluationError` if empty, ragged, non-finite, outside [0, 1], or a row does not sum to 1.
    public init(rowMajor: [Double], classCount: Int) throws {
        try EvaluationError.requireRows(rowMajor, classCount: classCount, "probabilities")
        try EvaluationError.requireProbabilities(rowMajor, "probabilities")
        for row in 0..<(rowMajor.count / classCount) {
            var sum = 0.0
            for column in 0..<classCount { sum += rowMajor[row * classCount + column] }
            if abs(sum - 1) > Self.sumTolerance {
                throw EvaluationError(
                    .outOfRange,
                    "row \(row) of `probabilities` sums to \(sum); each row must sum to 1 (apply softmax first).")
            }
        }
        self.values = rowMajor
        self.classCount = classCount
    }

    /// Creates probabilities from one array per sample.
    /// - Throws: `EvaluationError` if rows differ in length or fail the checks of ``init(rowMajor:classCount:)``.
    public init(rows: [[Double]]) throws {
        try EvaluationError.requireNonEmpty(rows.count, "probabilities")
        let classCount = rows[0].count
        if let ragged = rows.firstIndex(where: { $0.count != classCount }) {
            throw EvaluationError(
                .lengthMismatch,
                "row \(ragged) of `probabilities` has \(rows[ragged].count) values but row 0 has \(classCount);"
                    + " pass the same classes for every sample.")
        }
        try self.init(rowMajor: rows.flatMap { $0 }, classCount: classCount)
    }

    /// Creates binary probabilities `[1 - p, p]` from the probability of the positive class.
    /// - Throws: `EvaluationError` if empty or a value is outside [0, 1].
    public init(positiveProbabilities: [Double]) throws {
        try EvaluationError.requireProbabilities(positiveProbabilities, "positiveProbabilities")
        try self.init(rowMajor: positiveProbabilities.flatMap { [1 - $0, $0] }, classCount: 2)
    }

    /// The probability of `column` for sample `row`.
    public subscript(row: Int, column: Int) -> Double { values[row * classCount + column] }

    /// The column of the largest probability of each row (the first one on ties, as `numpy.argmax`).
    public var predictedClasses: [Int] {
        (0..<count).map { row in
            var best = 0
            for column in 1..<classCount where self[row, column] > self[row, best] { best = column }
            return best
        }
    }

    /// The largest probability of each row (the top-label confidence).
    public var confidences: [Double] {
        (0..<count).map { row in values[(row * classCount)..<((row + 1) * classCount)].max() ?? 0 }
    }

    /// The probabilities of one class for every sample.
    public func column(_ column: Int) -> [Double] { (0..<count).map { self[$0, column] } }
}

extension ClassProbabilities {
    private enum CodingKeys: String, CodingKey { case values, classCount }

    /// Decodes and re-validates, so a stored file cannot smuggle in invalid probabilities.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            rowMajor: try container.decode([Double].self, forKey: .values),
            classCount: try container.decode(Int.self, forKey: .classCount))
    }
}
