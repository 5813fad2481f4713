import Datasets
import Foundation
import Training

/// A data set's provenance card: what file, which exact bytes (SHA-256), its shape and schema, when it was read.
/// `Codable`; printed by `anneal data card FILE`.
public struct ProvenanceCard: Codable, Sendable, Equatable {
    /// One column of the card: name and type.
    public struct ColumnSummary: Codable, Sendable, Equatable {
        /// The column name.
        public var name: String
        /// The column type.
        public var type: ColumnType
        /// Missing values in the column.
        public var missing: Int
    }

    /// The path the data was read from.
    public var source: String
    /// SHA-256 of the file's bytes, 64 lowercase hexadecimal digits.
    public var sha256: String
    /// The file size in bytes.
    public var bytes: Int
    /// Rows of the table.
    public var rows: Int
    /// Columns of the table.
    public var columns: Int
    /// The columns in file order.
    public var schema: [ColumnSummary]
    /// SHA-256 over the canonical schema encoding (see ``schemaHash(of:)``): equal for files with the same column
    /// names and types, whatever their rows.
    public var schemaHash: String
    /// When the card was made, ISO 8601 in UTC.
    public var created: String

    /// Makes the card of a table read from `bytes`.
    /// - Parameters:
    ///   - table: the table parsed from the file.
    ///   - bytes: the file's bytes.
    ///   - source: the path it came from.
    ///   - date: the time to record (default now).
    public init(table: Table, bytes: Data, source: String, date: Date = Date()) {
        self.source = source
        self.sha256 = SHA256.hex(bytes)
        self.bytes = bytes.count
        self.rows = table.rowCount
        self.columns = table.columns.count
        self.schema = table.columns.map { ColumnSummary(name: $0.name, type: $0.type, missing: $0.missingCount) }
        self.schemaHash = Self.schemaHash(of: table)
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        self.created = formatter.string(from: date)
    }

    /// Reads a CSV file (or JSON Lines for `.jsonl`/`.ndjson`) and makes its card.
    /// - Parameters:
    ///   - path: the file.
    ///   - options: CSV options (delimiter, header, missing tokens, column types).
    ///   - date: the time to record (default now).
    /// - Throws: `QualityError.io` when the file cannot be read; `DatasetError` when it does not parse.
    public static func make(path: String, options: CSVOptions = CSVOptions(), date: Date = Date()) throws
        -> ProvenanceCard
    {
        let bytes: Data
        do {
            bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw QualityError(.io, "cannot read \(path) (\(error)); check the path and permissions")
        }
        let lowered = path.lowercased()
        let table =
            lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".ndjson")
            ? try Table.readJSONLines(at: path, types: options.types)
            : try Table.readCSV(at: path, options: options)
        return ProvenanceCard(table: table, bytes: bytes, source: path, date: date)
    }

    /// SHA-256 (hexadecimal) of the canonical schema encoding: for each column in order, its UTF-8 name, a 0x00
    /// byte, its type (`number`, `integer`, `boolean`, `categorical`) and a 0x0A byte.
    public static func schemaHash(of table: Table) -> String {
        var encoding = Data()
        for column in table.columns {
            encoding.append(contentsOf: Array(column.name.utf8))
            encoding.append(0)
            encoding.append(contentsOf: Array(column.type.rawValue.utf8))
            encoding.append(0x0A)
        }
        return SHA256.hex(encoding)
    }

    /// A plain-text rendering for terminals.
    public var text: String {
        var lines = [
            "source:      \(source)", "sha256:      \(sha256)", "bytes:       \(bytes)", "rows:        \(rows)",
            "columns:     \(columns)", "schema hash: \(schemaHash)", "created:     \(created)",
        ]
        let width = schema.map(\.name.count).max() ?? 0
        for column in schema {
            let padded = column.name + String(repeating: " ", count: width - column.name.count)
            lines.append(
                "  \(padded)  \(column.type.rawValue)\(column.missing > 0 ? " (\(column.missing) missing)" : "")")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The card as JSON (pretty-printed, sorted keys).
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(self)
    }
}
