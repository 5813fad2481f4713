/// Accumulates one column while a file is read, inferring its type unless the caller fixed it.
///
/// In inference mode the first non-missing value decides between number, boolean and categorical; a later value
/// of another kind throws `InferenceRestart` so the reader can re-read with that column as categorical (rare, and
/// the only way to keep the original text without holding every field as a string).
struct ColumnBuilder {
    let name: String
    /// `nil` while inferring and only missing values were seen.
    private(set) var type: ColumnType?
    /// Whether the caller fixed the type (no inference).
    let isFixed: Bool
    private(set) var numbers: [Double] = []
    private(set) var codes: [Int32] = []
    private(set) var levels: [String] = []
    private var levelIndex: [String: Int32] = [:]
    /// Rows seen while the type is still undecided (all missing).
    private var undecidedCount = 0

    /// Whether the builder only watches types without storing values (see `probe()`).
    private(set) var isProbe = false
    /// Whether a probing builder saw text (or booleans) after numbers, or numbers after booleans.
    private(set) var needsText = false

    init(name: String, fixedType: ColumnType?) {
        self.name = name
        self.type = fixedType
        self.isFixed = fixedType != nil
    }

    /// A builder that continues this one's inference without storing values: instead of throwing
    /// `InferenceRestart` it records `needsText`, so one pass over the rest of the rows finds every column that
    /// must be read as text.
    func probe() -> ColumnBuilder {
        var probe = ColumnBuilder(name: name, fixedType: isFixed ? type : nil)
        probe.type = type
        probe.isProbe = true
        return probe
    }

    var count: Int {
        switch type {
        case nil: return undecidedCount
        case .categorical: return codes.count
        default: return numbers.count
        }
    }

    /// Whether a number parsed straight from the bytes can be appended with `appendNumber`.
    @inline(__always) var acceptsNumbers: Bool {
        type == nil || type == .number || type == .integer
    }

    /// Appends a number parsed by the fast path (the column is numeric or undecided).
    @inline(__always) mutating func appendNumber(_ value: Double, at location: Location) throws {
        if isProbe {
            if type == nil { type = .number }
            return
        }
        if type == nil { decide(.number) }
        if type == .integer && isFixed && value != value.rounded(.towardZero) {
            throw DatasetError(
                .badValue,
                "column '\(name)' is integer but the value \(value) has a fractional part; "
                    + "declare the column as number", line: location.line, column: location.column)
        }
        numbers.append(value)
    }

    /// Appends a field given as raw bytes (unquoted text or the unescaped content of a quoted field).
    /// Returns `acceptsNumbers` afterwards (read here, in place, because reading it through the caller's buffer
    /// copies the builder).
    @discardableResult
    mutating func appendText(_ bytes: UnsafeBufferPointer<UInt8>, missing: Bool, at location: Location) throws -> Bool {
        try appendTextValue(bytes, missing: missing, at: location)
        return acceptsNumbers
    }

    private mutating func appendTextValue(_ bytes: UnsafeBufferPointer<UInt8>, missing: Bool, at location: Location)
        throws
    {
        if isProbe {
            if !missing { probeText(bytes) }
            return
        }
        if missing {
            appendMissing()
            return
        }
        switch type {
        case nil:
            if let value = NumberParser.parseSlow(bytes) {
                try appendNumber(value, at: location)
            } else if let flag = Self.parseBoolean(bytes) {
                decide(.boolean)
                numbers.append(flag ? 1 : 0)
            } else {
                decide(.categorical)
                appendLevel(bytes)
            }
        case .categorical:
            appendLevel(bytes)
        case .number, .integer:
            guard let value = NumberParser.parseSlow(bytes) else {
                if !isFixed { throw InferenceRestart(column: name) }
                throw DatasetError(
                    .badValue,
                    "column '\(name)' is \(type!) but has the value '\(Self.text(bytes))'; declare the column as "
                        + "categorical or fix the value", line: location.line, column: location.column)
            }
            try appendNumber(value, at: location)
        case .boolean:
            if let flag = Self.parseBoolean(bytes) ?? (isFixed ? Self.parseBit(bytes) : nil) {
                numbers.append(flag ? 1 : 0)
            } else {
                if !isFixed { throw InferenceRestart(column: name) }
                throw DatasetError(
                    .badValue,
                    "column '\(name)' is boolean but has the value '\(Self.text(bytes))'; use true/false/1/0 or "
                        + "declare the column as categorical", line: location.line, column: location.column)
            }
        }
    }

    /// Appends a typed value (JSON Lines), converting numbers and booleans to text for a categorical column.
    mutating func appendCell(_ cell: Cell, at location: Location) throws {
        switch cell {
        case .missing:
            appendMissing()
        case .number(let value):
            if type == .categorical {
                appendLevel(Column.format(value))
            } else if type == nil || type == .number || type == .integer {
                try appendNumber(value, at: location)
            } else if isFixed, value == 0 || value == 1 {
                numbers.append(value)
            } else {
                try conflict(cell, at: location)
            }
        case .boolean(let flag):
            if type == nil { decide(.boolean) }
            if type == .boolean {
                numbers.append(flag ? 1 : 0)
            } else if type == .categorical {
                appendLevel(flag ? "true" : "false")
            } else {
                try conflict(cell, at: location)
            }
        case .category(let text):
            if type == nil { decide(.categorical) }
            if type == .categorical {
                appendLevel(text)
            } else {
                var text = text
                _ = try text.withUTF8 { bytes in try appendText(bytes, missing: false, at: location) }
            }
        }
    }

    /// Follows a value's kind without storing it (probing builders).
    private mutating func probeText(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !isFixed, type != .categorical else { return }
        let kind: ColumnType =
            NumberParser.parseSlow(bytes) != nil ? .number : Self.parseBoolean(bytes) != nil ? .boolean : .categorical
        if type == nil {
            type = kind
        } else if kind != type {
            type = .categorical
            needsText = true
        }
    }

    private func conflict(_ cell: Cell, at location: Location) throws {
        if !isFixed { throw InferenceRestart(column: name) }
        throw DatasetError(
            .badValue, "column '\(name)' is \(type!) but has the value \(cell); declare the column as categorical",
            line: location.line, column: location.column)
    }

    mutating func appendMissing() {
        switch type {
        case nil: undecidedCount += 1
        case .categorical: codes.append(-1)
        default: numbers.append(.nan)
        }
    }

    /// Drops rows beyond `count` (used to undo a partly read record).
    mutating func truncate(to count: Int) {
        switch type {
        case nil: undecidedCount = min(undecidedCount, count)
        case .categorical: if codes.count > count { codes.removeLast(codes.count - count) }
        default: if numbers.count > count { numbers.removeLast(numbers.count - count) }
        }
    }

    mutating func reserve(_ capacity: Int) {
        if type == .categorical { codes.reserveCapacity(capacity) } else { numbers.reserveCapacity(capacity) }
    }

    /// The finished column: undecided columns become numbers (all missing), inferred numbers without a fractional
    /// part become integers.
    func build() -> Column {
        switch type {
        case nil:
            return Column(name: name, type: .number, numbers: Array(repeating: .nan, count: undecidedCount))
        case .categorical:
            return Column(name: name, codes: codes, levels: levels)
        case .number where !isFixed && Self.isIntegerValued(numbers):
            return Column(name: name, type: .integer, numbers: numbers)
        case let type?:
            return Column(name: name, type: type, numbers: numbers)
        }
    }

    /// The type the column would have if built now (used to freeze a streamed schema).
    var settledType: ColumnType { build().type }

    private mutating func decide(_ decided: ColumnType) {
        type = decided
        if decided == .categorical {
            codes.reserveCapacity(numbers.capacity)
            codes.append(contentsOf: repeatElement(-1, count: undecidedCount))
            numbers = []
        } else {
            numbers.append(contentsOf: repeatElement(.nan, count: undecidedCount))
        }
        undecidedCount = 0
    }

    /// Appends a category given as bytes. A small direct-mapped cache from the bytes' hash to a code skips
    /// building a `String` for categories already seen (the common case in files).
    private mutating func appendLevel(_ bytes: UnsafeBufferPointer<UInt8>) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        let slot = Int(truncatingIfNeeded: hash ^ (hash >> 32)) & (Self.cacheSlots - 1)
        if cacheCodes.isEmpty {
            cacheHashes = Array(repeating: 0, count: Self.cacheSlots)
            cacheCodes = Array(repeating: -1, count: Self.cacheSlots)
        }
        let cached = cacheCodes[slot]
        if cached >= 0 && cacheHashes[slot] == hash && Self.equal(levels[Int(cached)], bytes) {
            codes.append(cached)
            return
        }
        appendLevel(Self.text(bytes))
        cacheHashes[slot] = hash
        cacheCodes[slot] = codes[codes.count - 1]
    }

    /// Whether `text` is exactly `bytes` (contiguous UTF-8 compared directly, which native strings allow).
    @inline(__always)
    private static func equal(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { stored in
            stored.count == bytes.count && stored.elementsEqual(bytes)
        } ?? text.utf8.elementsEqual(bytes)
    }

    private static let cacheSlots = 256
    private var cacheHashes: [UInt64] = []
    private var cacheCodes: [Int32] = []

    mutating func appendLevel(_ text: String) {
        if let code = levelIndex[text] {
            codes.append(code)
        } else {
            let code = Int32(levels.count)
            levelIndex[text] = code
            levels.append(text)
            codes.append(code)
        }
    }

    /// Whether every non-missing value is an integer and at least one is present.
    private static func isIntegerValued(_ values: [Double]) -> Bool {
        var present = false
        for value in values where !value.isNaN {
            if value != value.rounded(.towardZero) { return false }
            present = true
        }
        return present
    }

    static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

    static func parseBoolean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        switch bytes.count {
        case 4:
            let lower = bytes.map { $0 | 0x20 }
            return lower == Array("true".utf8) ? true : nil
        case 5:
            let lower = bytes.map { $0 | 0x20 }
            return lower == Array("false".utf8) ? false : nil
        default:
            return nil
        }
    }

    private static func parseBit(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard bytes.count == 1 else { return nil }
        return bytes[0] == UInt8(ascii: "1") ? true : bytes[0] == UInt8(ascii: "0") ? false : nil
    }

    /// Where a value is in the input, for error messages.
    struct Location {
        var line: Int
        var column: Int
    }
}

/// Thrown while inferring types when a column turns out to hold text after numbers or booleans.
struct InferenceRestart: Error {
    let column: String
}
