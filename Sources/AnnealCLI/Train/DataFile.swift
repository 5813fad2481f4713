import Datasets
import Foundation

/// A data file named on the command line, read into a table: CSV, or JSON Lines for `.jsonl` / `.ndjson`.
struct DataFile {
    /// The path as given.
    let path: String
    /// The rows.
    let table: Table
    /// The file's bytes (for its SHA-256 and provenance card).
    let bytes: Data

    /// Reads `path`.
    /// - Parameters:
    ///   - option: the option that named the file, for messages (`--data`).
    ///   - types: column types to read with instead of inferring them (a model's training types).
    /// - Throws: `CLIError.missingFile` (66) when the file is absent or unreadable; `CLIError.data` (65) when it
    ///   does not parse or has no rows.
    init(_ path: String, option: String, types: [String: ColumnType] = [:]) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else {
            throw CLIError.missingFile("\(option) file '\(path)' does not exist; check the path")
        }
        guard let bytes = FileManager.default.contents(atPath: path) else {
            throw CLIError.missingFile("\(option) file '\(path)' cannot be read; check its permissions")
        }
        let lowered = path.lowercased()
        let table = try CLIError.mappingLibraryErrors(path) {
            lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".ndjson")
                ? try Table.readJSONLines(at: path, types: types)
                : try Table.readCSV(at: path, options: CSVOptions(types: types))
        }
        guard table.rowCount > 0 else {
            throw CLIError.data(
                "\(path) has no data rows\(table.columns.isEmpty ? "" : " (only a header)"); give a file with at "
                    + "least one row")
        }
        self.path = path
        self.table = table
        self.bytes = bytes
    }

    /// Checks that `column` exists.
    /// - Throws: `CLIError.data` naming the column, the file's columns and the option to fix.
    func requireColumn(_ column: String, option: String) throws {
        guard table[column] != nil else {
            throw CLIError.data(
                "\(option) '\(column)' is not a column of \(path); its columns are "
                    + "\(table.columnNames.joined(separator: ", ")). Give one of them with \(option)")
        }
    }
}
