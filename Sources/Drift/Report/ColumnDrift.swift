/// The drift verdict for one column.
public struct ColumnDrift: Codable, Sendable, Equatable {
    /// Column name.
    public var column: String
    /// Whether the column was compared as numbers (false: as categories).
    public var numeric: Bool
    /// The method used (never `.auto`: the one `.auto` chose).
    public var test: DriftMethod
    /// Whether `test` was chosen automatically.
    public var chosenAutomatically: Bool
    /// The statistic or distance.
    public var statistic: Double
    /// The p-value, for methods that have one.
    public var pValue: Double?
    /// The threshold applied: drift when p < threshold, or when distance >= threshold.
    public var threshold: Double
    /// Whether the column drifted.
    public var drifted: Bool
    /// Non-missing reference values.
    public var referenceCount: Int
    /// Non-missing current values.
    public var currentCount: Int
    /// Current values dropped as missing (NaN/infinite).
    public var currentMissing: Int
}
