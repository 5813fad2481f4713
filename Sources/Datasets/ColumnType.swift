/// The type of a table column, inferred from the data or set per column by the caller.
public enum ColumnType: String, Codable, Sendable, CaseIterable {
    /// Real numbers (stored as `Double`).
    case number
    /// Numbers that are all integer-valued (stored as `Double`, exact up to 2^53).
    case integer
    /// `true` / `false` values (stored as 1 / 0).
    case boolean
    /// Text labels from a finite set (stored as codes into a list of levels).
    case categorical

    /// Whether values are stored as numbers (`number`, `integer` and `boolean`).
    public var isNumeric: Bool { self != .categorical }
}
