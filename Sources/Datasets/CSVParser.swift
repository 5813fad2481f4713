/// The byte-level RFC 4180 parser behind `CSVReader`: reads a file in chunks into one buffer and appends each
/// record's fields straight into column builders, parsing numbers while it scans.
final class CSVParser {
    private let file: FileBuffer
    private var buffer: UnsafeMutablePointer<UInt8> { file.bytes }
    private var position: Int {
        get { file.position }
        set { file.position = newValue }
    }
    private var end: Int { file.end }
    private var reachedEOF: Bool { file.reachedEOF }
    /// The 1-based line of the byte at `position`.
    private(set) var line = 1
    private let delimiter: UInt8
    private let missingTokens: [[UInt8]]
    /// Holds the unescaped content of a quoted field with doubled quotes (valid until the next field).
    private var scratch: UnsafeMutablePointer<UInt8>
    private var scratchCapacity = 256

    init(path: String, options: CSVOptions) throws {
        file = try FileBuffer(path: path, bufferBytes: options.bufferBytes)
        scratch = .allocate(capacity: scratchCapacity)
        delimiter = options.delimiter
        missingTokens = options.missingTokens.map { Array($0.utf8) }
    }

    deinit {
        scratch.deallocate()
    }

    /// The size of the file in bytes (0 when unknown).
    var fileSize: Int { file.fileSize }

    /// The file offset of the next unread byte.
    var offset: Int { file.offset }

    /// Whether every record has been read.
    var isAtEnd: Bool {
        get throws {
            while true {
                skipEmptyLines()
                if position < end || reachedEOF { return position >= end }
                try fill()
            }
        }
    }

    /// Reads one record as text fields (for the header), or `nil` at the end of the file.
    func readTextRecord() throws -> [String]? {
        guard try !isAtEnd else { return nil }
        var builders = [ColumnBuilder(name: "", fixedType: .categorical)]
        let start = (position, line)
        while true {
            let outcome = try builders.withUnsafeMutableBufferPointer { builders in
                var fast = [Bool](repeating: false, count: builders.count)
                return try fast.withUnsafeMutableBufferPointer { fast in
                    try parseRecord(into: builders, fast: fast, isHeader: true)
                }
            }
            switch outcome {
            case .complete:
                return builders.map { builder in
                    let column = builder.build()
                    return column.count > 0 ? column.text(at: 0) ?? "" : ""
                }
            case .needMore, .needColumn:
                if outcome == .needMore { try fill() }
                if outcome == .needColumn { builders.append(ColumnBuilder(name: "", fixedType: .categorical)) }
                for index in builders.indices { builders[index].truncate(to: 0) }
                (position, line) = start
            }
        }
    }

    /// Appends up to `maxRows` records to `builders` (one per column) and returns how many were read.
    func readRecords(into builders: inout [ColumnBuilder], maxRows: Int) throws -> Int {
        var rows = 0
        var fast = builders.map(\.acceptsNumbers)
        try builders.withUnsafeMutableBufferPointer { builders in
            try fast.withUnsafeMutableBufferPointer { fast in
                while rows < maxRows {
                    skipEmptyLines()
                    if position >= end {
                        if reachedEOF { break }
                        try fill()
                        continue
                    }
                    let start = (position, line)
                    let rowCount = builders.first?.count ?? 0
                    if try parseRecord(into: builders, fast: fast, isHeader: false) == .complete {
                        rows += 1
                    } else {
                        for index in builders.indices { builders[index].truncate(to: rowCount) }
                        (position, line) = start
                        try fill()
                    }
                }
            }
        }
        return rows
    }

    private enum Outcome { case complete, needMore, needColumn }

    /// Parses the record at `position`. Returns `.needMore` (leaving `position` to be reset by the caller) when
    /// the buffer ends before the record does and the file has more bytes, `.needColumn` when the header has
    /// more fields than builders. `fast[i]` caches whether column `i` takes numbers parsed from the bytes.
    private func parseRecord(
        into builders: UnsafeMutableBufferPointer<ColumnBuilder>, fast: UnsafeMutableBufferPointer<Bool>,
        isHeader: Bool
    ) throws -> Outcome {
        let buffer = self.buffer
        let end = self.end
        let eof = reachedEOF
        let delimiter = self.delimiter
        let recordLine = line
        var p = position
        var field = 0
        let expected = builders.count
        while true {
            if field >= expected {
                if isHeader { return .needColumn }
                throw DatasetError(
                    .raggedRow,
                    "the row has more than \(expected) fields (the header has \(expected)); "
                        + "quote fields that contain '\(Character(Unicode.Scalar(delimiter)))'",
                    line: recordLine, column: field + 1)
            }
            if p < end && buffer[p] == UInt8(ascii: "\"") {
                let location = ColumnBuilder.Location(line: recordLine, column: field + 1)
                guard let (content, after) = try quotedField(from: p, eof: eof, location: location) else {
                    return .needMore
                }
                fast[field] = try builders[field].appendText(
                    content, missing: !isHeader && isMissing(content), at: location)
                p = after
            } else {
                var parsed = false
                if fast[field], let (value, stop) = NumberParser.parseFast(buffer + p, buffer + end) {
                    let q = stop - UnsafePointer(buffer)
                    if q < end {
                        let byte = buffer[q]
                        if byte == delimiter || byte == 0x0A || byte == 0x0D {
                            try builders[field].appendNumber(
                                value, at: ColumnBuilder.Location(line: recordLine, column: field + 1))
                            p = q
                            parsed = true
                        }
                    } else if eof {
                        try builders[field].appendNumber(
                            value, at: ColumnBuilder.Location(line: recordLine, column: field + 1))
                        p = q
                        parsed = true
                    } else {
                        return .needMore
                    }
                }
                if !parsed {
                    var q = p
                    while q < end {
                        let byte = buffer[q]
                        if byte == delimiter || byte == 0x0A || byte == 0x0D { break }
                        q += 1
                    }
                    if q == end && !eof { return .needMore }
                    let content = UnsafeBufferPointer(start: buffer + p, count: q - p)
                    if let quote = content.firstIndex(of: UInt8(ascii: "\"")) {
                        throw DatasetError(
                            .badQuote,
                            "a quote appears inside an unquoted field (character \(quote + 1)); "
                                + "quote the whole field and double the inner quotes (\"\")",
                            line: recordLine, column: field + 1)
                    }
                    let location = ColumnBuilder.Location(line: recordLine, column: field + 1)
                    fast[field] = try builders[field].appendText(
                        content, missing: !isHeader && isMissing(content), at: location)
                    p = q
                }
            }
            field += 1
            if p >= end {
                break  // end of file ends the record
            }
            let byte = buffer[p]
            if byte == delimiter {
                p += 1
                continue
            }
            if byte == 0x0D {
                if p + 1 < end {
                    p += buffer[p + 1] == 0x0A ? 2 : 1
                } else if eof {
                    p += 1
                } else {
                    return .needMore
                }
            } else {
                p += 1
            }
            line += 1
            break
        }
        if field < expected && !isHeader {
            throw DatasetError(
                .raggedRow,
                "the row has \(field) fields but the header has \(expected); add the missing fields "
                    + "(empty for missing values)", line: recordLine, column: field + 1)
        }
        position = p
        return .complete
    }

    /// Reads the quoted field starting at `start` (a quote). Returns its unescaped content and the position after
    /// the closing quote, or `nil` when more input is needed.
    private func quotedField(from start: Int, eof: Bool, location: ColumnBuilder.Location) throws
        -> (UnsafeBufferPointer<UInt8>, Int)?
    {
        var p = start + 1
        var newlines = 0
        var escaped = false
        while true {
            guard p < end else {
                if eof {
                    throw DatasetError(
                        .unterminatedQuote, "a quoted field is never closed; add the closing quote",
                        line: location.line, column: location.column)
                }
                return nil
            }
            let byte = buffer[p]
            if byte == UInt8(ascii: "\"") {
                if p + 1 < end && buffer[p + 1] == UInt8(ascii: "\"") {
                    escaped = true
                    p += 2
                    continue
                }
                if p + 1 >= end && !eof { return nil }
                break
            }
            if byte == 0x0A { newlines += 1 }
            p += 1
        }
        let after = p + 1
        if after < end {
            let next = buffer[after]
            if next != delimiter && next != 0x0A && next != 0x0D {
                throw DatasetError(
                    .badQuote, "text follows the closing quote of a field; put the whole field inside the quotes",
                    line: location.line, column: location.column)
            }
        }
        line += newlines
        var content = UnsafeBufferPointer(start: buffer + start + 1, count: p - start - 1)
        if escaped {
            if content.count > scratchCapacity {
                scratch.deallocate()
                scratchCapacity = content.count
                scratch = .allocate(capacity: scratchCapacity)
            }
            var index = 0
            var written = 0
            while index < content.count {
                scratch[written] = content[index]
                written += 1
                index += content[index] == UInt8(ascii: "\"") ? 2 : 1
            }
            content = UnsafeBufferPointer(start: scratch, count: written)
        }
        return (content, after)
    }

    @inline(__always) private func isMissing(_ content: UnsafeBufferPointer<UInt8>) -> Bool {
        if content.count > 4 {
            return missingTokens.contains { $0.count == content.count && $0.elementsEqual(content) }
        }
        for token in missingTokens where token.count == content.count && token.elementsEqual(content) { return true }
        return false
    }

    private func skipEmptyLines() {
        while position < end {
            let byte = buffer[position]
            if byte == 0x0A {
                line += 1
                position += 1
            } else if byte == 0x0D {
                if position + 1 < end {
                    position += buffer[position + 1] == 0x0A ? 2 : 1
                } else if reachedEOF {
                    position += 1
                } else {
                    return
                }
                line += 1
            } else {
                return
            }
        }
    }

    private func fill() throws { try file.fill() }
}
