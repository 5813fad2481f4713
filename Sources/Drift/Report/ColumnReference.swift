/// Everything monitoring needs to know about one reference column, so the raw reference data is read once.
///
/// Numeric columns keep the sorted sample (or a quantile sketch of it), the population standard deviation,
/// the quantile bins with their reference fractions, and the distinct-value count (capped). Numeric columns
/// with at most 5 distinct values also keep category counts so they can be compared as categories.
/// Categorical columns keep category counts only.
public struct ColumnReference: Codable, Sendable, Equatable {
    /// Column name.
    public let name: String
    /// Whether the column holds numbers.
    public let isNumeric: Bool
    /// Number of non-missing reference values.
    public let count: Int
    /// Number of missing (NaN/infinite) reference values that were dropped.
    public let missing: Int
    /// Sorted reference values, or a quantile sketch when `isSketch`.
    public let sample: SortedSample?
    /// Whether `sample` is a sketch (evenly spaced quantiles) rather than the full sample.
    public let isSketch: Bool
    /// Population standard deviation (ddof 0) of the reference values.
    public let standardDeviation: Double?
    /// Distinct values, counted up to 1 001.
    public let distinctValues: Int
    /// Reference-quantile bins for PSI and Jensen–Shannon.
    public let bins: QuantileBins?
    /// Category counts (categorical columns, and numeric ones with at most 5 distinct values).
    public let categories: CategoryCounts?

    /// Summarises one reference column.
    /// - Parameters:
    ///   - column: the reference data.
    ///   - bins: number of quantile bins for PSI / Jensen–Shannon (default 10).
    ///   - sketchSize: when set and the column is longer, keep only this many quantiles instead of the sorted
    ///     sample. KS and Wasserstein then compare against the sketch (approximate; the KS p-value uses the
    ///     sketch size as the reference size).
    /// - Throws: `DriftError` when the column has no usable value or the settings are invalid.
    public init(
        _ column: DriftColumn, bins binCount: Int = PopulationStabilityIndex.defaultBins, sketchSize: Int? = nil
    )
        throws
    {
        name = column.name
        switch column.values {
        case .categorical(let values):
            guard !values.isEmpty else { throw DriftError.empty("reference column '\(column.name)'") }
            isNumeric = false
            count = values.count
            missing = 0
            sample = nil
            isSketch = false
            standardDeviation = nil
            bins = nil
            let counts = CategoryCounts(values)
            categories = counts
            distinctValues = counts.counts.count
        case .numeric(let raw):
            let (values, dropped) = DriftColumn.finite(raw)
            guard !values.isEmpty else {
                throw DriftError.empty("reference column '\(column.name)' (\(dropped) missing values)")
            }
            isNumeric = true
            count = values.count
            missing = dropped
            let sorted = SortedSample(alreadySorted: SortedSample.radixSorted(values))
            standardDeviation = sorted.meanAndStandardDeviation().std
            bins = try QuantileBins(reference: sorted, bins: binCount)
            var distinct = 0
            var previous: Double? = nil
            for value in sorted.values where value != previous {
                distinct += 1
                previous = value
                if distinct > 1000 { break }
            }
            distinctValues = distinct
            categories =
                distinct <= DriftMethod.categoricalDistinctLimit
                ? CategoryCounts(values.map(DriftColumn.label)) : nil
            if let sketchSize, sketchSize < sorted.count {
                guard sketchSize >= 2 else { throw DriftError.invalid("sketchSize", sketchSize, "use at least 2") }
                let quantiles = (0..<sketchSize).map { sorted.quantile((Double($0) + 0.5) / Double(sketchSize)) }
                sample = SortedSample(alreadySorted: quantiles)
                isSketch = true
            } else {
                sample = sorted
                isSketch = false
            }
        }
    }
}
