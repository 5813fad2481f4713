import Datasets
import Foundation

/// Reads the data files named on the command line (CSV, or JSON Lines for `.jsonl`/`.ndjson`), turning every
/// failure into a `CLIError` that names the file and the fix.
enum TableFile {
    /// Whether `path` names a JSON Lines file.
    static func isJSONLines(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".ndjson")
    }

    /// Fails with exit 66 unless `path` is a readable file.
    /// - Parameter role: what the file is for, as the user would say it (`reference file`, `current file`).
    static func requireReadable(_ path: String, role: String) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw CLIError.missingFile("\(role) '\(path)' does not exist; check the path")
        }
        guard !isFolder.boolValue, FileManager.default.isReadableFile(atPath: path) else {
            throw CLIError.missingFile("\(role) '\(path)' is a folder or cannot be read; give a readable CSV file")
        }
    }

    /// Reads a whole table.
    /// - Parameters:
    ///   - path: the CSV or JSON Lines file.
    ///   - role: what the file is for, used in messages.
    ///   - allowEmpty: whether a file with a header but no rows is acceptable.
    /// - Throws: `CLIError` (66 missing or unreadable, 65 malformed or without rows).
    static func read(_ path: String, role: String, allowEmpty: Bool = false) throws -> Table {
        try requireReadable(path, role: role)
        let table: Table
        do {
            table = isJSONLines(path) ? try Table.readJSONLines(at: path) : try Table.readCSV(at: path)
        } catch let error as DatasetError {
            throw dataError(error, path: path, role: role)
        }
        if !allowEmpty && (table.rowCount == 0 || table.columns.isEmpty) {
            throw CLIError.data(
                "\(role) '\(path)' has no data rows (\(table.columns.count) columns); "
                    + "give a file with a header line and at least one row")
        }
        return table
    }

    /// A `DatasetError` as a CLI data error (65) naming the file.
    static func dataError(_ error: DatasetError, path: String, role: String) -> CLIError {
        if error.code == .io { return CLIError.missingFile("\(role) '\(path)': \(error)") }
        return CLIError.data(
            "\(role) '\(path)' is not readable as \(isJSONLines(path) ? "JSON Lines" : "CSV"): \(error)")
    }

    /// The column called `name`, or a data error (65) listing the columns there are.
    /// - Parameter option: the option that named the column, for the fix (`--target`, `--column`).
    static func column(_ name: String, in table: Table, path: String, option: String) throws -> Column {
        guard let column = table[name] else {
            throw CLIError.data(
                "column '\(name)' is not in '\(path)' (columns: \(table.columnNames.joined(separator: ", "))); "
                    + "pass one of them to \(option)")
        }
        return column
    }
}
