extension SyntheticGenerator {
    /// Writes `rows` rows drawn with `seed` to a CSV file, `chunkRows` at a time, so any number of rows fits in
    /// memory. The file holds the same rows as `table(rows:seed:)`.
    /// - Throws: `DatasetError.io` when the file cannot be written.
    public func writeCSV(rows: Int, seed: UInt64, to path: String, chunkRows: Int = 65_536) throws {
        var random = SeededGenerator(seed: seed)
        var generator = self
        let writer = try CSVWriter(path: path, columnNames: columns.map(\.name))
        var remaining = rows
        while remaining > 0 {
            let count = min(max(chunkRows, 1), remaining)
            try writer.write(generator.table(rows: count, using: &random))
            remaining -= count
        }
        try writer.close()
    }
}
