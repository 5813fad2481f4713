import Foundation

/// The Jensen–Shannon distance between binned distributions, equal to
/// `scipy.spatial.distance.jensenshannon(p, q, base)`: sqrt((KL(p‖m) + KL(q‖m)) / 2) with m = (p + q) / 2.
///
/// The logarithm base is natural (`e`) by default, as in scipy and Evidently, giving values in [0, √ln 2];
/// pass `base: 2` for values in [0, 1]. Numeric columns are binned on reference-quantile bins
/// (`QuantileBins`, shared with PSI); categorical columns use the union of categories.
public enum JensenShannon {
    /// Distance between two nonnegative weight vectors of equal length (normalised internally).
    public static func distance(_ p: [Double], _ q: [Double], base: Double? = nil) -> Double {
        let sumP = p.reduce(0, +)
        let sumQ = q.reduce(0, +)
        var divergence = 0.0
        for (pi, qi) in zip(p, q) {
            let a = pi / sumP
            let b = qi / sumQ
            let m = (a + b) / 2
            if a > 0 && m > 0 { divergence += a * log(a / m) }
            if b > 0 && m > 0 { divergence += b * log(b / m) }
        }
        if let base { divergence /= log(base) }
        return (divergence / 2).squareRoot()
    }

    /// Distance between a numeric reference and current sample on `bins` reference-quantile bins.
    /// - Throws: `DriftError` if a sample is empty or not finite.
    public static func test(reference: [Double], current: [Double], bins: Int = 10, base: Double? = nil) throws
        -> TwoSampleResult
    {
        let edges = try QuantileBins(unsortedReference: reference, bins: bins)
        return TwoSampleResult(
            statistic: distance(edges.referenceFractions, try edges.fractions(of: current), base: base))
    }

    /// Distance between two categorical samples over the union of their categories.
    /// - Throws: `DriftError` if a sample is empty.
    public static func test(reference: CategoryCounts, current: CategoryCounts, base: Double? = nil) throws
        -> TwoSampleResult
    {
        guard reference.total > 0 else { throw DriftError.empty("reference categories") }
        guard current.total > 0 else { throw DriftError.empty("current categories") }
        let categories = reference.union(current)
        let p = categories.map { Double(reference[$0]) }
        let q = categories.map { Double(current[$0]) }
        return TwoSampleResult(statistic: distance(p, q, base: base))
    }
}
