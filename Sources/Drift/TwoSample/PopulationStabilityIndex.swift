import Foundation

/// The population stability index on bins cut at reference quantiles.
///
/// Bins: the inner edges are the reference quantiles at 1/k, …, (k-1)/k (numpy `quantile`, linear method),
/// duplicates removed; the outer bins are open, so every current value lands in a bin. A value equal to an
/// edge goes to the bin on its right (numpy `searchsorted(edges, v, side="right")`). Empty bins get the
/// fraction `epsilon` (1e-4 by default, Evidently's choice) so the logarithm stays finite.
/// `PSI = Σ (c_i - r_i) · ln(c_i / r_i)`. Usual reading: < 0.1 stable, 0.1–0.25 moderate shift,
/// ≥ 0.25 significant shift (see `Band`).
public enum PopulationStabilityIndex {
    /// Default number of bins.
    public static let defaultBins = 10
    /// Default fraction substituted for an empty bin.
    public static let defaultEpsilon = 1e-4

    /// The conventional reading of a PSI value.
    public enum Band: String, Codable, Sendable {
        /// PSI < 0.1.
        case stable
        /// 0.1 <= PSI < 0.25.
        case moderate
        /// PSI >= 0.25.
        case significant

        /// The band a PSI value falls in.
        public init(_ psi: Double) {
            self = psi < 0.1 ? .stable : (psi < 0.25 ? .moderate : .significant)
        }
    }

    /// PSI of `current` against `reference` on `bins` reference-quantile bins.
    /// - Throws: `DriftError` if a sample is empty or not finite, or `bins < 2`.
    public static func index(
        reference: [Double], current: [Double], bins: Int = defaultBins, epsilon: Double = defaultEpsilon
    ) throws -> TwoSampleResult {
        let edges = try QuantileBins(unsortedReference: reference, bins: bins)
        return try index(edges: edges, current: current, epsilon: epsilon)
    }

    /// PSI of `current` against precomputed reference bins.
    public static func index(edges: QuantileBins, current: [Double], epsilon: Double = defaultEpsilon) throws
        -> TwoSampleResult
    {
        let currentFractions = try edges.fractions(of: current)
        return TwoSampleResult(statistic: index(edges.referenceFractions, currentFractions, epsilon: epsilon))
    }

    /// PSI between two binned distributions (fractions summing to 1).
    public static func index(_ reference: [Double], _ current: [Double], epsilon: Double = defaultEpsilon) -> Double {
        var psi = 0.0
        for (r, c) in zip(reference, current) {
            let r = r == 0 ? epsilon : r
            let c = c == 0 ? epsilon : c
            psi += (c - r) * log(c / r)
        }
        return psi
    }
}

extension PopulationStabilityIndex {
    /// PSI over categories (the union of both samples), with `epsilon` for categories absent on one side.
    /// - Throws: `DriftError` if either table has no observations.
    public static func index(reference: CategoryCounts, current: CategoryCounts, epsilon: Double = defaultEpsilon)
        throws -> TwoSampleResult
    {
        guard reference.total > 0 else { throw DriftError.empty("reference categories") }
        guard current.total > 0 else { throw DriftError.empty("current categories") }
        let categories = reference.union(current)
        let r = categories.map { Double(reference[$0]) / Double(reference.total) }
        let c = categories.map { Double(current[$0]) / Double(current.total) }
        return TwoSampleResult(statistic: index(r, c, epsilon: epsilon))
    }
}
