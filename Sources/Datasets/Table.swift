/// A column-oriented table of numeric and categorical columns with explicit missing values.
///
/// Read one with `Table.readCSV(at:options:)` or `Table.readJSONLines(at:options:)`, stream a large file with
/// `CSVReader`, or build one from columns.
public struct Table: Equatable, Sendable {
    /// The columns, in file order.
    public let columns: [Column]
    /// The number of rows.
    public let rowCount: Int

    /// Creates a table from columns of equal length with distinct names.
    /// - Throws: `DatasetError` `.invalidArgument` for unequal lengths, `.duplicateColumn` for a repeated name.
    public init(columns: [Column]) throws {
        let count = columns.first?.count ?? 0
        var seen = Set<String>()
        for column in columns {
            guard column.count == count else {
                throw DatasetError(
                    .invalidArgument,
                    "column '\(column.name)' has \(column.count) rows but '\(columns[0].name)' has \(count); "
                        + "give every column the same number of rows")
            }
            guard seen.insert(column.name).inserted else {
                throw DatasetError(.duplicateColumn, "column name '\(column.name)' appears twice; rename one")
            }
        }
        self.columns = columns
        self.rowCount = count
    }

    /// Creates a table without checking (callers guarantee equal lengths and distinct names).
    init(unchecked columns: [Column], rowCount: Int) {
        self.columns = columns
        self.rowCount = rowCount
    }

    /// The column names, in order.
    public var columnNames: [String] { columns.map(\.name) }

    /// The column called `name`, or `nil`.
    public subscript(name: String) -> Column? { columns.first { $0.name == name } }

    /// The column called `name`.
    /// - Throws: `DatasetError.missingColumn` naming the available columns.
    public func column(named name: String) throws -> Column {
        guard let column = self[name] else {
            throw DatasetError(
                .missingColumn, "no column '\(name)'; the table has: \(columnNames.joined(separator: ", "))")
        }
        return column
    }

    /// The row at `index` as cells, in column order.
    public func row(_ index: Int) -> [Cell] { columns.map { $0[index] } }

    /// The table restricted to `rows`, in that order (for splits and resampling).
    public func taking(_ rows: [Int]) -> Table {
        Table(unchecked: columns.map { $0.taking(rows) }, rowCount: rows.count)
    }

    /// The rows whose value in `name` is not missing (for example to drop rows without a target).
    /// - Throws: `DatasetError.missingColumn` for an unknown name.
    public func droppingMissing(in name: String) throws -> Table {
        let column = try column(named: name)
        return taking((0..<rowCount).filter { !column.isMissing($0) })
    }

    /// The table with only the named columns, in the given order.
    /// - Throws: `DatasetError.missingColumn` for an unknown name.
    public func selecting(_ names: [String]) throws -> Table {
        Table(unchecked: try names.map { try column(named: $0) }, rowCount: rowCount)
    }

    /// The table without the named columns (unknown names are ignored).
    public func dropping(_ names: Set<String>) -> Table {
        Table(unchecked: columns.filter { !names.contains($0.name) }, rowCount: rowCount)
    }

    /// The rows of this table followed by the rows of `other` (for joining streamed chunks).
    /// - Throws: `DatasetError.wrongType` when the column names or types differ.
    public func appending(_ other: Table) throws -> Table {
        guard columnNames == other.columnNames else {
            throw DatasetError(
                .wrongType,
                "cannot append tables with different columns: [\(columnNames.joined(separator: ", "))] "
                    + "vs [\(other.columnNames.joined(separator: ", "))]")
        }
        var joined: [Column] = []
        for (left, right) in zip(columns, other.columns) {
            guard left.type == right.type else {
                throw DatasetError(
                    .wrongType,
                    "column '\(left.name)' is \(left.type) in one table and \(right.type) in the other; "
                        + "read both with the same column types")
            }
            if left.type == .categorical {
                var levels = left.levels
                var index = Dictionary(uniqueKeysWithValues: levels.enumerated().map { ($1, Int32($0)) })
                var codes = left.codes
                codes.reserveCapacity(left.count + right.count)
                for code in right.codes {
                    if code < 0 {
                        codes.append(-1)
                        continue
                    }
                    let level = right.levels[Int(code)]
                    if let existing = index[level] {
                        codes.append(existing)
                    } else {
                        index[level] = Int32(levels.count)
                        codes.append(Int32(levels.count))
                        levels.append(level)
                    }
                }
                joined.append(Column(name: left.name, codes: codes, levels: levels))
            } else {
                joined.append(Column(name: left.name, type: left.type, numbers: left.numbers + right.numbers))
            }
        }
        return Table(unchecked: joined, rowCount: rowCount + other.rowCount)
    }
}
