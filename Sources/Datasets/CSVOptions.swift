/// How to read a CSV file.
public struct CSVOptions: Sendable {
    /// The field separator (one ASCII byte). Default `,`.
    public var delimiter: UInt8 = UInt8(ascii: ",")
    /// Whether the first record holds the column names. Without one, columns are named `column1`, `column2`, ...
    public var hasHeader = true
    /// Field texts read as missing values (compared exactly, after unquoting).
    public var missingTokens: Set<String> = ["", "NA", "NaN", "nan", "null", "NULL", "N/A"]
    /// Column types set by the caller; other columns are inferred.
    public var types: [String: ColumnType] = [:]
    /// Rows per chunk for `CSVReader`.
    public var chunkRows = 65_536
    /// Bytes read from the file at a time (records longer than this grow the buffer).
    public var bufferBytes = 4 << 20

    /// Options with the defaults: comma, header row, the usual missing tokens, inferred types.
    public init() {}

    /// Options with column type overrides.
    public init(types: [String: ColumnType]) {
        self.types = types
    }
}
