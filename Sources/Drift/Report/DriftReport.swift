import Foundation

/// A dataset-level drift report: one verdict per column and the dataset verdict, Codable for storage and
/// the CLI's JSON output.
public struct DriftReport: Codable, Sendable, Equatable {
    /// Per-column verdicts, in the order of the current columns.
    public var columns: [ColumnDrift]
    /// Number of drifted columns.
    public var driftedColumns: Int
    /// Share of drifted columns.
    public var driftShare: Double
    /// The share at or above which the dataset counts as drifted.
    public var datasetDriftShare: Double
    /// Whether the dataset drifted (`driftShare >= datasetDriftShare`).
    public var datasetDrift: Bool

    /// Compares current columns with a saved reference profile. Columns are processed in parallel.
    /// - Throws: `DriftError` when a current column is missing from the profile, has a different kind, is
    ///   empty after dropping missing values, or a requested method does not fit the column.
    public init(reference: ReferenceProfile, current: [DriftColumn], options: DriftOptions = DriftOptions()) throws {
        try options.validate()
        guard !current.isEmpty else { throw DriftError.empty("current column list") }
        let references = try current.map { column -> ColumnReference in
            guard let reference = reference.column(column.name) else {
                throw DriftError(.columnMismatch, "current column '\(column.name)' is not in the reference profile")
            }
            return reference
        }
        columns = try ResultSlots<ColumnDrift>.map(count: current.count) {
            try DriftReport.compare(references[$0], current[$0], options)
        }
        driftedColumns = columns.filter(\.drifted).count
        driftShare = Double(driftedColumns) / Double(columns.count)
        datasetDriftShare = options.datasetDriftShare
        datasetDrift = driftShare >= options.datasetDriftShare
    }

    /// Compares current columns with reference columns (summarising the reference first).
    public init(reference: [DriftColumn], current: [DriftColumn], options: DriftOptions = DriftOptions()) throws {
        try self.init(reference: ReferenceProfile(reference), current: current, options: options)
    }
}
