/// Reads a CSV file as a sequence of row chunks, holding only one chunk in memory.
///
/// Column types are inferred from the first chunk (or set in `CSVOptions.types`) and then fixed, so every chunk
/// has the same schema; a later value that does not fit (text in a number column) is an error naming the line,
/// the column and the override that fixes it. Malformed lines (ragged rows, unterminated quotes) are errors with
/// their line number, never skipped.
///
/// ```swift
/// let reader = try CSVReader(path: "big.csv")
/// while let chunk = try reader.nextChunk() { total += chunk.rowCount }
/// ```
public final class CSVReader {
    /// The column names, from the header (or `column1`, `column2`, ... without one).
    public let columnNames: [String]
    /// The rows returned so far.
    public private(set) var rowsRead = 0
    /// How many times the first chunk was re-read because a column turned out to hold text.
    private(set) var restarts = 0
    private let path: String
    private let options: CSVOptions
    private var parser: CSVParser
    /// The type of each column: `nil` = still to infer (before the first chunk).
    private var types: [ColumnType?]

    /// Opens `path` and reads the header.
    /// - Throws: `DatasetError` `.io` when the file cannot be read, `.emptyFile` without a header, `.duplicateColumn`.
    public init(path: String, options: CSVOptions = CSVOptions()) throws {
        self.path = path
        self.options = options
        (parser, columnNames) = try Self.open(path: path, options: options)
        types = columnNames.map { options.types[$0] }
    }

    /// The column types: fixed after the first chunk; before it, the overrides and `nil` for the rest.
    public var columnTypes: [ColumnType?] { types }

    /// Reads the next chunk of up to `options.chunkRows` rows, or `nil` when the file is done.
    /// - Throws: `DatasetError` with the line and column of a malformed record or a value that does not fit.
    public func nextChunk() throws -> Table? {
        try nextChunk(maxRows: options.chunkRows)
    }

    /// Reads the next chunk of up to `maxRows` rows, or `nil` when the file is done.
    public func nextChunk(maxRows: Int) throws -> Table? {
        guard maxRows > 0 else {
            throw DatasetError(.invalidArgument, "maxRows is \(maxRows); read at least one row per chunk")
        }
        let inferring = types.contains { $0 == nil }
        while true {
            var builders = zip(columnNames, types).map { ColumnBuilder(name: $0, fixedType: $1) }
            do {
                // Read a sample, then reserve room for the rest from the bytes per row (avoids regrowing).
                let sampleStart = parser.offset
                let sampleRows = min(maxRows, 1024)
                var rows = try parser.readRecords(into: &builders, maxRows: sampleRows)
                if rows == 0 { return nil }
                if rows == sampleRows && maxRows > sampleRows && parser.offset > sampleStart {
                    let bytesPerRow = Double(parser.offset - sampleStart) / Double(rows)
                    let expected = Double(max(parser.fileSize - parser.offset, 0)) / bytesPerRow * 1.02 + 16
                    let capacity = rows + Int(min(Double(maxRows - rows), expected))
                    for index in builders.indices { builders[index].reserve(capacity) }
                    rows += try parser.readRecords(into: &builders, maxRows: maxRows - rows)
                }
                let columns = builders.map { $0.build() }
                types = columns.map(\.type)
                rowsRead += rows
                return Table(unchecked: columns, rowCount: rows)
            } catch let restart as InferenceRestart where inferring {
                // Text after numbers: find every such column in the rest of the chunk (without storing values),
                // then read the chunk again once with those columns categorical.
                guard let index = columnNames.firstIndex(of: restart.column) else { throw restart }
                types[index] = .categorical
                var probes = builders.map { $0.probe() }
                probes[index] = ColumnBuilder(name: restart.column, fixedType: .categorical).probe()
                // A malformed record ends the probe; the real pass reports it with its line.
                _ = try? parser.readRecords(into: &probes, maxRows: maxRows)
                for (position, probe) in probes.enumerated() where probe.needsText { types[position] = .categorical }
                restarts += 1
                (parser, _) = try Self.open(path: path, options: options)
            }
        }
    }

    /// Opens a parser positioned after the header and returns it with the column names.
    private static func open(path: String, options: CSVOptions) throws -> (CSVParser, [String]) {
        let parser = try CSVParser(path: path, options: options)
        guard let first = try parser.readTextRecord() else {
            throw DatasetError(.emptyFile, "'\(path)' has no records; a CSV file needs at least a header row")
        }
        guard options.hasHeader else {
            let names = (1...first.count).map { "column\($0)" }
            return (try CSVParser(path: path, options: options), names)
        }
        var names: [String] = []
        var seen = Set<String>()
        for (index, name) in first.enumerated() {
            let name = name.isEmpty ? "column\(index + 1)" : name
            guard seen.insert(name).inserted else {
                throw DatasetError(
                    .duplicateColumn, "the header names column '\(name)' twice; rename one", line: 1,
                    column: index + 1)
            }
            names.append(name)
        }
        return (parser, names)
    }
}
