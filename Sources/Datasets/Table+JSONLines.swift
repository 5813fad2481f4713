extension Table {
    /// Reads a whole JSON Lines file (one flat JSON object per line) into a table; see `JSONLinesReader`.
    /// - Parameters:
    ///   - path: the file to read.
    ///   - types: column types set by the caller; other columns are inferred from the JSON values.
    /// - Throws: `DatasetError.badJSON` with the line and character column of a malformed record.
    public static func readJSONLines(at path: String, types: [String: ColumnType] = [:]) throws -> Table {
        let reader = try JSONLinesReader(path: path, types: types)
        return try reader.nextChunk(maxRows: Int.max) ?? Table(unchecked: [], rowCount: 0)
    }
}
