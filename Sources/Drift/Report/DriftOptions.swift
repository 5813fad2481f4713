/// Settings of a drift report. Defaults follow Evidently: automatic test choice, its default thresholds,
/// and dataset drift when at least half of the columns drifted.
public struct DriftOptions: Codable, Sendable, Equatable {
    /// Method for every column without an override (default `.auto`).
    public var method: DriftMethod = .auto
    /// Per-column method overrides, by column name.
    public var columnMethods: [String: DriftMethod] = [:]
    /// Threshold for every column; `nil` uses the chosen method's default (0.05 p-value, 0.1 distance).
    public var threshold: Double? = nil
    /// Per-column threshold overrides, by column name.
    public var columnThresholds: [String: Double] = [:]
    /// The dataset drifts when the share of drifted columns is at least this (default 0.5).
    public var datasetDriftShare: Double = 0.5
    /// Logarithm base of the Jensen–Shannon distance; `nil` is natural log (Evidently's and scipy's default).
    public var jensenShannonBase: Double? = nil
    /// Fraction substituted for empty bins in PSI (default 1e-4).
    public var psiEpsilon: Double = PopulationStabilityIndex.defaultEpsilon

    /// Default options.
    public init() {}

    /// Checks ranges.
    /// - Throws: `DriftError` naming the invalid field.
    public func validate() throws {
        guard datasetDriftShare > 0, datasetDriftShare <= 1 else {
            throw DriftError.invalid("datasetDriftShare", datasetDriftShare, "use a share in (0, 1]")
        }
        if let base = jensenShannonBase, !(base > 0 && base != 1) {
            throw DriftError.invalid("jensenShannonBase", base, "use a positive base other than 1, e.g. 2")
        }
        guard psiEpsilon > 0, psiEpsilon < 1 else {
            throw DriftError.invalid("psiEpsilon", psiEpsilon, "use a small positive fraction such as 1e-4")
        }
    }
}
