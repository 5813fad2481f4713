/// The numbers behind a finding: named counts and shares, example row indexes, example values.
public struct Evidence: Codable, Sendable, Equatable {
    /// Named numbers (counts, shares, thresholds, statistics), e.g. `["missing": 12, "share": 0.4]`.
    public var numbers: [String: Double]
    /// Example row indexes (0-based, in the table the finding is about), at most a handful.
    public var rows: [Int]
    /// Example values (categories, out-of-range numbers, class labels), at most a handful.
    public var values: [String]

    /// Creates evidence.
    public init(numbers: [String: Double] = [:], rows: [Int] = [], values: [String] = []) {
        self.numbers = numbers
        self.rows = rows
        self.values = values
    }
}
