import Foundation

/// Evidently's two-proportion Z-test for binary categorical columns: the share of one category (the first
/// in sorted order) in reference vs current, pooled standard error, two-sided normal p-value.
/// If both samples hold the same single category the p-value is 1 and the statistic 0.
public enum ProportionZTest {
    /// Tests two categorical samples with at most two categories between them.
    /// - Throws: `DriftError` if a sample is empty.
    public static func test(reference: CategoryCounts, current: CategoryCounts) throws -> TwoSampleResult {
        guard reference.total > 0 else { throw DriftError.empty("reference categories") }
        guard current.total > 0 else { throw DriftError.empty("current categories") }
        let categories = reference.union(current)
        guard categories.count > 1 else { return TwoSampleResult(statistic: 0, pValue: 1) }
        let n1 = Double(reference.total)
        let n2 = Double(current.total)
        let p1 = Double(reference[categories[0]]) / n1
        let p2 = Double(current[categories[0]]) / n2
        let pooled = (p1 * n1 + p2 * n2) / (n1 + n2)
        let z = (p1 - p2) / (pooled * (1 - pooled) * (1 / n1 + 1 / n2)).squareRoot()
        return TwoSampleResult(statistic: z, pValue: erfc(abs(z) / 2.0.squareRoot()))
    }
}
