/// Parses one JSON Lines record: a flat JSON object whose values are strings, numbers, booleans or null.
///
/// Errors carry the 1-based byte column in the line. Nested objects and arrays are rejected with a message asking
/// to flatten them, because a table cell holds one value.
struct JSONObjectParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let line: Int
    private var index = 0

    init(bytes: UnsafeBufferPointer<UInt8>, line: Int) {
        self.bytes = bytes
        self.line = line
    }

    /// The object's members in order.
    mutating func parseObject() throws -> [(key: String, value: Cell)] {
        skipSpace()
        try expect(UInt8(ascii: "{"), "a JSON Lines record must be an object starting with '{'")
        var members: [(key: String, value: Cell)] = []
        skipSpace()
        if peek == UInt8(ascii: "}") {
            index += 1
        } else {
            while true {
                skipSpace()
                guard peek == UInt8(ascii: "\"") else { throw failure("expected a quoted key") }
                let key = try parseString()
                skipSpace()
                try expect(UInt8(ascii: ":"), "expected ':' after the key \"\(key)\"")
                skipSpace()
                members.append((key, try parseValue(key: key)))
                skipSpace()
                if peek == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                try expect(UInt8(ascii: "}"), "expected ',' or '}' after the value of \"\(key)\"")
                break
            }
        }
        skipSpace()
        guard index == bytes.count else { throw failure("unexpected text after the closing '}'") }
        return members
    }

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipSpace() {
        while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A { index += 1 }
    }

    private mutating func expect(_ byte: UInt8, _ message: String) throws {
        guard peek == byte else { throw failure(message) }
        index += 1
    }

    private func failure(_ message: String) -> DatasetError {
        let found = peek.map { "'\(Character(Unicode.Scalar($0)))'" } ?? "the end of the line"
        return DatasetError(.badJSON, "\(message), found \(found)", line: line, column: index + 1)
    }

    private mutating func parseValue(key: String) throws -> Cell {
        guard let byte = peek else { throw failure("expected a value for \"\(key)\"") }
        switch byte {
        case UInt8(ascii: "\""):
            return .category(try parseString())
        case UInt8(ascii: "t"):
            try literal("true")
            return .boolean(true)
        case UInt8(ascii: "f"):
            try literal("false")
            return .boolean(false)
        case UInt8(ascii: "n"):
            try literal("null")
            return .missing
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            throw failure("the value of \"\(key)\" is nested; flatten it into separate keys (a cell holds one value)")
        default:
            let base = bytes.baseAddress!
            guard let (value, stop) = NumberParser.parseFast(base + index, base + bytes.count) else {
                return try parseSlowNumber(key: key)
            }
            index = stop - base
            return .number(value)
        }
    }

    private mutating func parseSlowNumber(key: String) throws -> Cell {
        let start = index
        while let byte = peek, byte != UInt8(ascii: ","), byte != UInt8(ascii: "}"), byte > 0x20 { index += 1 }
        let text = UnsafeBufferPointer(rebasing: bytes[start..<index])
        guard let value = NumberParser.parseSlow(text), value.isFinite else {
            index = start
            throw failure("the value of \"\(key)\" is not a string, number, true, false or null")
        }
        return .number(value)
    }

    private mutating func literal(_ word: StaticString) throws {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count,
            (0..<count).allSatisfy({ bytes[index + $0] == word.utf8Start[$0] })
        else { throw failure("expected \(word)") }
        index += count
    }

    private mutating func parseString() throws -> String {
        let start = index
        index += 1
        var scalars = String.UnicodeScalarView()
        var plainStart = index
        var escaped = false
        while true {
            guard let byte = peek else {
                index = start
                throw failure("a string is never closed; add the closing quote")
            }
            if byte == UInt8(ascii: "\"") { break }
            if byte < 0x20 { throw failure("a control character must be escaped inside a string") }
            if byte == UInt8(ascii: "\\") {
                if !escaped {
                    escaped = true
                    scalars =
                        String(decoding: UnsafeBufferPointer(rebasing: bytes[plainStart..<index]), as: UTF8.self)
                        .unicodeScalars
                } else {
                    scalars.append(
                        contentsOf: String(
                            decoding: UnsafeBufferPointer(rebasing: bytes[plainStart..<index]), as: UTF8.self
                        ).unicodeScalars)
                }
                index += 1
                scalars.append(try parseEscape())
                plainStart = index
                continue
            }
            index += 1
        }
        let tail = String(decoding: UnsafeBufferPointer(rebasing: bytes[plainStart..<index]), as: UTF8.self)
        index += 1
        guard escaped else { return tail }
        scalars.append(contentsOf: tail.unicodeScalars)
        return String(scalars)
    }

    private mutating func parseEscape() throws -> Unicode.Scalar {
        guard let byte = peek else { throw failure("an escape is cut off") }
        index += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let high = try hex4()
            if (0xD800..<0xDC00).contains(high) {
                guard peek == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") else {
                    throw failure("a high surrogate \\u\(String(high, radix: 16)) must be followed by a low one")
                }
                index += 2
                let low = try hex4()
                guard (0xDC00..<0xE000).contains(low) else { throw failure("invalid low surrogate") }
                return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
            }
            guard let scalar = Unicode.Scalar(high) else { throw failure("a lone low surrogate is not text") }
            return scalar
        default:
            index -= 1
            throw failure("unknown escape")
        }
    }

    private mutating func hex4() throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = peek, let digit = Character(Unicode.Scalar(byte)).hexDigitValue else {
                throw failure("expected four hexadecimal digits after \\u")
            }
            value = value * 16 + UInt32(digit)
            index += 1
        }
        return value
    }
}
