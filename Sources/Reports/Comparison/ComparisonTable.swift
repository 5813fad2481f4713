/// A titled table of a ``ComparisonReport`` (the leaderboard, the paired tests, the trials).
public struct ComparisonTable: Sendable, Equatable {
    /// The section title.
    public var title: String
    /// The header row.
    public var columns: [String]
    /// The rows, as text.
    public var rows: [[String]]
    /// An optional caption under the table.
    public var caption: String?

    /// Creates a table.
    public init(title: String, columns: [String], rows: [[String]], caption: String? = nil) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.caption = caption
    }
}
