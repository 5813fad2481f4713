/// The output of `FeatureEncoder.transform`: a dense row-major `Float` matrix with named columns.
public struct EncodedFeatures: Equatable, Sendable {
    /// Row-major values: row `r`, column `c` is `values[r * columnCount + c]`.
    public var values: [Float]
    /// The number of rows.
    public let rowCount: Int
    /// The output column names (for example `age`, `age_missing`, `city=Paris`, `city=<unknown>`).
    public let columnNames: [String]

    /// The number of columns.
    public var columnCount: Int { columnNames.count }

    /// The value at `row`, `column`.
    public subscript(row: Int, column: Int) -> Float { values[row * columnCount + column] }

    /// The values of the output column called `name`, or `nil`.
    public func column(named name: String) -> [Float]? {
        guard let column = columnNames.firstIndex(of: name) else { return nil }
        return (0..<rowCount).map { values[$0 * columnCount + column] }
    }
}
