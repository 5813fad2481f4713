/// A named, typed column of a `Table`, stored compactly.
///
/// Numeric columns (`number`, `integer`, `boolean`) store one `Double` per row, with `.nan` marking a missing value
/// (a `NaN` read from a file is a missing value too). Categorical columns store one `Int32` code per row into
/// `levels` (first-seen order), with `-1` marking a missing value.
public struct Column: Equatable, Sendable {
    /// The column's name (the CSV header or JSON key).
    public let name: String
    /// The column's type.
    public let type: ColumnType
    /// The values of a numeric column (`.nan` = missing); empty for a categorical column.
    public private(set) var numbers: [Double]
    /// The codes of a categorical column (`-1` = missing); empty for a numeric column.
    public private(set) var codes: [Int32]
    /// The distinct values of a categorical column, in first-seen order; empty for a numeric column.
    public private(set) var levels: [String]

    /// Creates a numeric column. `NaN` values are missing.
    /// - Parameters:
    ///   - name: the column name.
    ///   - type: `number`, `integer` or `boolean` (`boolean` values must be 0 or 1).
    ///   - numbers: the values, `.nan` for missing.
    public init(name: String, type: ColumnType = .number, numbers: [Double]) {
        self.name = name
        self.type = type == .categorical ? .number : type
        self.numbers = numbers
        self.codes = []
        self.levels = []
    }

    /// Creates a categorical column from text values; `nil` is missing.
    public init(name: String, categories: [String?]) {
        var builder = ColumnBuilder(name: name, fixedType: .categorical)
        builder.reserve(categories.count)
        for value in categories {
            if let value { builder.appendLevel(value) } else { builder.appendMissing() }
        }
        self = builder.build()
    }

    /// Creates a categorical column from codes into `levels` (`-1` = missing).
    public init(name: String, codes: [Int32], levels: [String]) {
        self.name = name
        self.type = .categorical
        self.numbers = []
        self.codes = codes
        self.levels = levels
    }

    /// The number of rows.
    public var count: Int { type == .categorical ? codes.count : numbers.count }

    /// Whether the value at `row` is missing.
    public func isMissing(_ row: Int) -> Bool {
        type == .categorical ? codes[row] < 0 : numbers[row].isNaN
    }

    /// The number of missing values.
    public var missingCount: Int {
        type == .categorical ? codes.reduce(0) { $0 + ($1 < 0 ? 1 : 0) } : numbers.reduce(0) { $0 + ($1.isNaN ? 1 : 0) }
    }

    /// The value at `row` as a `Cell`.
    public subscript(row: Int) -> Cell {
        switch type {
        case .categorical:
            let code = codes[row]
            return code < 0 ? .missing : .category(levels[Int(code)])
        case .boolean:
            let value = numbers[row]
            return value.isNaN ? .missing : .boolean(value != 0)
        case .number, .integer:
            let value = numbers[row]
            return value.isNaN ? .missing : .number(value)
        }
    }

    /// The value at `row` as text (`nil` when missing): the level of a categorical value, `true`/`false`, or the
    /// shortest decimal that round-trips (integers without a fractional part).
    public func text(at row: Int) -> String? {
        switch self[row] {
        case .missing: return nil
        case .category(let level): return level
        case .boolean(let flag): return flag ? "true" : "false"
        case .number(let value): return Column.format(value)
        }
    }

    /// The column restricted to `rows`, in that order (rows may repeat).
    public func taking(_ rows: [Int]) -> Column {
        var copy = self
        if type == .categorical {
            copy.codes = rows.map { codes[$0] }
        } else {
            copy.numbers = rows.map { numbers[$0] }
        }
        return copy
    }

    /// Columns are equal when names, types, codes and levels are, and numbers are equal or both missing.
    public static func == (left: Column, right: Column) -> Bool {
        guard left.name == right.name, left.type == right.type, left.codes == right.codes, left.levels == right.levels,
            left.numbers.count == right.numbers.count
        else { return false }
        return zip(left.numbers, right.numbers).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }
    }

    /// Formats a number as the shortest text that reads back to the same `Double`, without ".0" for integers.
    static func format(_ value: Double) -> String {
        if value == 0 && value.sign == .minus { return "-0" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
