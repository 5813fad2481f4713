/// Reads a JSON Lines file (one flat JSON object per line) as row chunks.
///
/// Columns are the keys in first-seen order; a key absent from a record, or `null`, is a missing value. Types
/// follow the JSON values (numbers → number or integer, `true`/`false` → boolean, strings → categorical) unless
/// set in `types`; a column holding both strings and numbers becomes categorical. The column set and types are
/// fixed by the first chunk; a later new key or a value that does not fit is an error with its line. Blank lines
/// are skipped; a line that is not a flat JSON object is an error with its line and character column.
public final class JSONLinesReader {
    /// The column names (known after the first chunk).
    public private(set) var columnNames: [String] = []
    private let path: String
    private let types: [String: ColumnType]
    private let chunkRows: Int
    private let bufferBytes: Int
    private var source: LineSource
    private var restartTypes: [String: ColumnType] = [:]
    /// Column types fixed after the first chunk.
    private var fixedTypes: [ColumnType]?

    /// Opens `path`.
    /// - Parameters:
    ///   - types: column types set by the caller; other columns are inferred.
    ///   - chunkRows: rows per chunk for `nextChunk()`.
    /// - Throws: `DatasetError.io` when the file cannot be opened.
    public init(
        path: String, types: [String: ColumnType] = [:], chunkRows: Int = 65_536, bufferBytes: Int = 1 << 20
    ) throws {
        self.path = path
        self.types = types
        self.chunkRows = max(chunkRows, 1)
        self.bufferBytes = bufferBytes
        source = try LineSource(path: path, bufferBytes: bufferBytes)
    }

    /// Reads the next chunk of up to `chunkRows` rows, or `nil` when the file is done.
    public func nextChunk() throws -> Table? { try nextChunk(maxRows: chunkRows) }

    /// Reads the next chunk of up to `maxRows` rows, or `nil` when the file is done.
    /// - Throws: `DatasetError` `.badJSON`, `.badValue` or `.unknownColumn` with the line.
    public func nextChunk(maxRows: Int) throws -> Table? {
        while true {
            do {
                return try readChunk(maxRows: maxRows)
            } catch let restart as InferenceRestart where fixedTypes == nil {
                restartTypes[restart.column] = .categorical
                source = try LineSource(path: path, bufferBytes: bufferBytes)
            }
        }
    }

    private func readChunk(maxRows: Int) throws -> Table? {
        let first = fixedTypes == nil
        var builders: [ColumnBuilder] = []
        var index: [String: Int] = [:]
        if let fixedTypes {
            builders = zip(columnNames, fixedTypes).map { ColumnBuilder(name: $0, fixedType: $1) }
            index = Dictionary(uniqueKeysWithValues: columnNames.enumerated().map { ($1, $0) })
        }
        var rows = 0
        var filled: [Bool] = Array(repeating: false, count: builders.count)
        while rows < maxRows, let bytes = try source.nextLine() {
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            var parser = JSONObjectParser(bytes: bytes, line: source.line)
            let members = try parser.parseObject()
            for position in filled.indices { filled[position] = false }
            for (key, value) in members {
                let column: Int
                if let known = index[key] {
                    column = known
                } else if first {
                    column = builders.count
                    index[key] = column
                    var builder = ColumnBuilder(name: key, fixedType: types[key] ?? restartTypes[key])
                    for _ in 0..<rows { builder.appendMissing() }
                    builders.append(builder)
                    filled.append(false)
                } else {
                    throw DatasetError(
                        .unknownColumn,
                        "the key \"\(key)\" first appears after the first chunk fixed the columns; "
                            + "read with a larger chunk or add the key to the early records", line: source.line)
                }
                guard !filled[column] else {
                    throw DatasetError(.badJSON, "the key \"\(key)\" appears twice in one record", line: source.line)
                }
                filled[column] = true
                try builders[column].appendCell(value, at: .init(line: source.line, column: 1))
            }
            for column in filled.indices where !filled[column] { builders[column].appendMissing() }
            rows += 1
        }
        guard rows > 0 else { return nil }
        let columns = builders.map { $0.build() }
        if first {
            columnNames = columns.map(\.name)
            fixedTypes = columns.map(\.type)
        }
        return Table(unchecked: columns, rowCount: rows)
    }
}
