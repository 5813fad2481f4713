/// A source of synthetic labelled rows, drawn from a `SeededGenerator`.
///
/// Conforming types are the published benchmark streams (`SEAGenerator`, `RotatingHyperplaneGenerator`,
/// `AgrawalGenerator`, `STAGGERGenerator`, `FriedmanGenerator`) and classic toy sets (`TwoMoonsGenerator`,
/// `SpiralsGenerator`, `GaussianBlobsGenerator`). Wrap two in `ConceptDriftStream` to add drift.
public protocol SyntheticGenerator: Sendable {
    /// The columns of every row, the target last.
    var columns: [SyntheticColumn] { get }
    /// Draws the next row (features, then the target) from `random`.
    mutating func nextRow(using random: inout SeededGenerator) -> [Cell]
}

/// A column of a synthetic stream.
public struct SyntheticColumn: Equatable, Sendable {
    /// The column name.
    public let name: String
    /// The column type.
    public let type: ColumnType

    /// Creates a column description.
    public init(_ name: String, _ type: ColumnType) {
        self.name = name
        self.type = type
    }
}

extension SyntheticGenerator {
    /// Draws `rows` rows from a generator seeded with `seed` into a table (target column last).
    /// Generators with internal state (the hyperplane's weights) start from this instance's state.
    public func table(rows: Int, seed: UInt64) -> Table {
        var random = SeededGenerator(seed: seed)
        var copy = self
        return copy.table(rows: max(rows, 0), using: &random)
    }

    /// Draws `rows` more rows from `random` into a table, advancing this generator (for chunked streams).
    public mutating func table(rows: Int, using random: inout SeededGenerator) -> Table {
        var builders = columns.map { ColumnBuilder(name: $0.name, fixedType: $0.type) }
        for index in builders.indices { builders[index].reserve(rows) }
        for row in 0..<max(rows, 0) {
            for (index, cell) in nextRow(using: &random).enumerated() {
                // Values come from the generator's own declared types, so appending cannot fail.
                try? builders[index].appendCell(cell, at: .init(line: row + 1, column: index + 1))
            }
        }
        return Table(unchecked: builders.map { $0.build() }, rowCount: max(rows, 0))
    }
}
