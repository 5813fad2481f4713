extension Table {
    /// Reads a whole CSV file into a column-wise table, inferring each column's type from all rows.
    ///
    /// Values are parsed straight into typed columns (numbers as `Double`, categories as codes), so the table is
    /// far smaller than the text. Use `CSVReader` to stream files too large for memory.
    /// - Parameters:
    ///   - path: the file to read (UTF-8, optionally with a byte-order mark).
    ///   - options: delimiter, header, missing tokens and column type overrides.
    /// - Throws: `DatasetError` with the line and column of a malformed record or a value that does not fit.
    public static func readCSV(at path: String, options: CSVOptions = CSVOptions()) throws -> Table {
        let reader = try CSVReader(path: path, options: options)
        guard let table = try reader.nextChunk(maxRows: Int.max) else {
            let columns = reader.columnNames.map { name in
                options.types[name] == .categorical
                    ? Column(name: name, codes: [], levels: [])
                    : Column(name: name, type: options.types[name] ?? .number, numbers: [])
            }
            return Table(unchecked: columns, rowCount: 0)
        }
        return table
    }

    /// Writes the table as CSV with a header row; see `CSVWriter`.
    /// - Throws: `DatasetError.io` when the file cannot be written.
    public func writeCSV(to path: String, delimiter: UInt8 = UInt8(ascii: ",")) throws {
        let writer = try CSVWriter(path: path, columnNames: columnNames, delimiter: delimiter)
        try writer.write(self)
        try writer.close()
    }
}
