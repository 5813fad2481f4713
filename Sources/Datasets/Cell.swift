/// One value of a table, with missing values explicit.
public enum Cell: Hashable, Sendable {
    /// No value (an empty field, `NA`, `NaN`, `null`, `N/A`, or an absent JSON key).
    case missing
    /// A value of a `number` or `integer` column.
    case number(Double)
    /// A value of a `boolean` column.
    case boolean(Bool)
    /// A value of a `categorical` column.
    case category(String)

    /// Whether the cell is `.missing`.
    public var isMissing: Bool { self == .missing }
}
