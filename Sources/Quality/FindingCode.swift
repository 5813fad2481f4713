/// The stable identifier of a data check, encoded as its kebab-case text (`"missing-values"`).
///
/// An open set: the known codes are static members; decoding accepts any text so newer reports still read.
public struct FindingCode: RawRepresentable, Codable, Hashable, Sendable, CustomStringConvertible {
    /// The kebab-case text.
    public let rawValue: String

    /// Creates a code from its text.
    public init(rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    /// A column's share of missing values is above the warning or error threshold.
    public static let missingValues = FindingCode(rawValue: "missing-values")
    /// A column holds a single value (or none).
    public static let constantColumn = FindingCode(rawValue: "constant-column")
    /// Rows that are equal after normalisation.
    public static let duplicateRows = FindingCode(rawValue: "duplicate-rows")
    /// Rows with equal features but different labels.
    public static let conflictingLabels = FindingCode(rawValue: "conflicting-labels")
    /// Test rows that also appear in the training data.
    public static let trainTestOverlap = FindingCode(rawValue: "train-test-overlap")
    /// A single feature predicts the target almost perfectly.
    public static let targetLeakage = FindingCode(rawValue: "target-leakage")
    /// Classes of very different sizes (or a single class).
    public static let classImbalance = FindingCode(rawValue: "class-imbalance")
    /// Rows whose label is likely wrong (confident learning).
    public static let labelIssues = FindingCode(rawValue: "label-issues")
    /// Values far from the column's median by the robust z-score.
    public static let outliers = FindingCode(rawValue: "outliers")
    /// A column is absent or has another type than the schema says.
    public static let schemaType = FindingCode(rawValue: "schema-type")
    /// Values outside the schema's [minimum, maximum].
    public static let schemaRange = FindingCode(rawValue: "schema-range")
    /// Missing values in a column the schema declares not nullable.
    public static let schemaNullable = FindingCode(rawValue: "schema-nullable")
    /// Categories absent from the training data or the schema's allowed list.
    public static let newCategory = FindingCode(rawValue: "new-category")
}
