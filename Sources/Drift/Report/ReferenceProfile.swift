import Foundation

/// The precomputed reference side of a drift report: one `ColumnReference` per column. Save it once with
/// `write(to:)` and monitor later batches against it without reading the reference data again.
public struct ReferenceProfile: Codable, Sendable, Equatable {
    /// Column summaries in input order.
    public let columns: [ColumnReference]

    /// Summarises reference columns, in parallel.
    /// - Throws: `DriftError` for an empty column, a duplicated name or invalid settings.
    public init(_ columns: [DriftColumn], bins: Int = PopulationStabilityIndex.defaultBins, sketchSize: Int? = nil)
        throws
    {
        var seen = Set<String>()
        for column in columns where !seen.insert(column.name).inserted {
            throw DriftError(.columnMismatch, "column '\(column.name)' appears twice in the reference; rename one")
        }
        // Columns are summarised in parallel (results in input order).
        self.columns = try ResultSlots<ColumnReference>.map(count: columns.count) {
            try ColumnReference(columns[$0], bins: bins, sketchSize: sketchSize)
        }
    }

    /// The summary of the column called `name`.
    public func column(_ name: String) -> ColumnReference? { columns.first { $0.name == name } }

    /// Writes the profile as JSON (atomically).
    public func write(to url: URL) throws {
        try JSONEncoder().encode(self).write(to: url, options: .atomic)
    }

    /// Reads a profile written by `write(to:)`.
    public static func read(from url: URL) throws -> ReferenceProfile {
        try JSONDecoder().decode(ReferenceProfile.self, from: Data(contentsOf: url))
    }
}
