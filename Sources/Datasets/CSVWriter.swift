#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes tables to a CSV file chunk by chunk: a header row, then rows with fields quoted when needed.
///
/// A field is quoted when it contains the delimiter, a quote, a line break, or leading/trailing spaces; inner
/// quotes are doubled (RFC 4180). Missing values are empty fields, numbers use the shortest text that reads back
/// to the same `Double`, booleans are `true`/`false`. Lines end with `\n`.
public final class CSVWriter {
    private let file: UnsafeMutablePointer<FILE>
    private let path: String
    private let columnNames: [String]
    private let delimiter: UInt8
    private var isClosed = false

    /// Creates (or truncates) `path` and writes the header row.
    /// - Throws: `DatasetError.io` when the file cannot be created.
    public init(path: String, columnNames: [String], delimiter: UInt8 = UInt8(ascii: ",")) throws {
        guard let file = fopen(path, "w") else {
            throw DatasetError(.io, "cannot create '\(path)': \(String(cString: strerror(errno)))")
        }
        self.file = file
        self.path = path
        self.columnNames = columnNames
        self.delimiter = delimiter
        try writeLine(columnNames.map { quoted($0) })
    }

    deinit {
        if !isClosed { fclose(file) }
    }

    /// Appends the rows of `table`, whose columns must be named as in the header.
    /// - Throws: `DatasetError.missingColumn` for different columns, `.io` on a write failure.
    public func write(_ table: Table) throws {
        guard table.columnNames == columnNames else {
            throw DatasetError(
                .missingColumn,
                "the table's columns [\(table.columnNames.joined(separator: ", "))] differ from the "
                    + "header [\(columnNames.joined(separator: ", "))]; select the header's columns first")
        }
        for row in 0..<table.rowCount {
            try writeLine(table.columns.map { column in column.text(at: row).map(quoted) ?? "" })
        }
    }

    /// Flushes and closes the file.
    /// - Throws: `DatasetError.io` when the data cannot be flushed.
    public func close() throws {
        guard !isClosed else { return }
        isClosed = true
        if fclose(file) != 0 {
            throw DatasetError(.io, "cannot finish writing '\(path)': \(String(cString: strerror(errno)))")
        }
    }

    /// The field as written: quoted when it contains the delimiter, a quote, a line break or edge spaces.
    func quoted(_ field: String) -> String {
        let needsQuotes =
            field.utf8.contains { byte in
                byte == delimiter || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D
            } || field.first == " " || field.last == " "
        guard needsQuotes else { return field }
        return "\"" + field.replacingQuotes() + "\""
    }

    private func writeLine(_ fields: [String]) throws {
        var line = fields.joined(separator: String(UnicodeScalar(delimiter)))
        line.append("\n")
        let written = line.withCString { fputs($0, file) }
        if written < 0 {
            throw DatasetError(.io, "cannot write to '\(path)': \(String(cString: strerror(errno)))")
        }
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        var result = ""
        result.reserveCapacity(utf8.count + 2)
        for character in self {
            if character == "\"" { result.append("\"\"") } else { result.append(character) }
        }
        return result
    }
}
