/// One named column of data to compare: numbers or categories.
public struct DriftColumn: Sendable {
    /// The values of a column.
    public enum Values: Sendable {
        /// Numbers; NaN and infinities count as missing (dropped and reported, never compared).
        case numeric([Double])
        /// Category labels.
        case categorical([String])
    }

    /// The column name, used to match reference and current columns.
    public var name: String
    /// The column's values.
    public var values: Values

    /// A numeric column.
    public static func numeric(_ name: String, _ values: [Double]) -> DriftColumn {
        DriftColumn(name: name, values: .numeric(values))
    }

    /// A categorical column.
    public static func categorical(_ name: String, _ values: [String]) -> DriftColumn {
        DriftColumn(name: name, values: .categorical(values))
    }

    /// Creates a column.
    public init(name: String, values: Values) {
        self.name = name
        self.values = values
    }

    /// The label a number gets when a numeric column with few distinct values is compared as categories.
    static func label(_ value: Double) -> String { "\(value)" }

    /// Splits numeric values into finite ones and the number of missing (NaN/infinite) ones.
    static func finite(_ values: [Double]) -> (values: [Double], missing: Int) {
        guard SortedSample.firstNonFinite(values) != nil else { return (values, 0) }
        let kept = values.filter(\.isFinite)
        return (kept, values.count - kept.count)
    }
}
