extension Table {
    /// Builds a table from records (for example parsed JSON request bodies), as `readJSONLines` would.
    ///
    /// Absent keys are missing values. Types follow the values unless set in `types`; a column holding both text
    /// and numbers becomes categorical.
    /// - Parameters:
    ///   - records: one dictionary per row.
    ///   - columns: the column order; by default the keys in first-seen order. Keys not listed are an error.
    ///   - types: column types set by the caller.
    /// - Throws: `DatasetError.unknownColumn` for a key not in `columns`, `.badValue` for a value that does not
    ///   fit a type set in `types`.
    public init(records: [[String: Cell]], columns: [String]? = nil, types: [String: ColumnType] = [:]) throws {
        var names = columns ?? []
        if columns == nil {
            var seen = Set<String>()
            for record in records {
                for key in record.keys.sorted() where seen.insert(key).inserted { names.append(key) }
            }
        } else if let record = records.firstIndex(where: { !Set($0.keys).isSubset(of: Set(names)) }) {
            let key = records[record].keys.first { !names.contains($0) } ?? ""
            throw DatasetError(
                .unknownColumn,
                "record \(record + 1) has the key '\(key)', not among the columns "
                    + "\(names.joined(separator: ", ")); remove it or add it to the columns")
        }
        var resolved = types
        while true {
            var builders = names.map { ColumnBuilder(name: $0, fixedType: resolved[$0]) }
            do {
                for (row, record) in records.enumerated() {
                    for index in builders.indices {
                        let cell = record[names[index]] ?? .missing
                        try builders[index].appendCell(cell, at: .init(line: row + 1, column: index + 1))
                    }
                }
                self.init(unchecked: builders.map { $0.build() }, rowCount: records.count)
                return
            } catch let restart as InferenceRestart {
                resolved[restart.column] = .categorical
            }
        }
    }
}
