import Datasets
import Foundation

/// A cell in canonical form, so that equal data compares equal across tables and types: text is trimmed, text
/// that reads as a number becomes that number, `-0` becomes `0`, and every missing marker is `.missing`.
enum NormalizedValue: Hashable, Sendable {
    case missing
    case number(Double)
    case text(String)

    init(number: Double) {
        self = number.isNaN ? .missing : .number(number == 0 ? 0 : number)
    }

    init(text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let number = Double(trimmed), number.isFinite {
            self.init(number: number)
        } else {
            self = trimmed.isEmpty ? .missing : .text(trimmed)
        }
    }

    /// The normalised values of a column, one per row (categorical levels are normalised once).
    static func column(_ column: Column) -> [NormalizedValue] {
        if column.type.isNumeric { return column.numbers.map(NormalizedValue.init(number:)) }
        let levels = column.levels.map(NormalizedValue.init(text:))
        return column.codes.map { $0 < 0 ? .missing : levels[Int($0)] }
    }

    /// The normalised rows of `table` over `columns` (names that must exist), one key per row.
    static func rows(_ table: Table, columns: [String]) -> [[NormalizedValue]] {
        let values = columns.compactMap { table[$0] }.map(column)
        return (0..<table.rowCount).map { row in values.map { $0[row] } }
    }

    /// The value as text for evidence.
    var text: String {
        switch self {
        case .missing: "<missing>"
        case .number(let value): NumberText.exact(value)
        case .text(let value): value
        }
    }
}
