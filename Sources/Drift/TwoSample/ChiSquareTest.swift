import Foundation

/// Pearson's chi-square test of homogeneity on the 2×K table of category counts (reference row, current
/// row), equal to `scipy.stats.chi2_contingency(table)` with its defaults: Yates' continuity correction is
/// applied only when the table has one degree of freedom (two categories). Categories are the union of the
/// two samples, so a category seen in only one of them is counted as 0 in the other (unlike
/// `scipy.stats.chisquare` with reference-derived expectations, which breaks on such categories).
/// With a single category there is nothing to compare: statistic 0, p-value 1 (scipy's dof = 0 case).
public enum ChiSquareTest {
    /// Tests two categorical samples.
    /// - Throws: `DriftError` if either sample is empty.
    public static func test(reference: [String], current: [String]) throws -> TwoSampleResult {
        try test(reference: CategoryCounts(reference), current: CategoryCounts(current))
    }

    /// Tests two tables of category counts.
    /// - Throws: `DriftError` if either table has no observations.
    public static func test(reference: CategoryCounts, current: CategoryCounts) throws -> TwoSampleResult {
        guard reference.total > 0 else { throw DriftError.empty("reference categories") }
        guard current.total > 0 else { throw DriftError.empty("current categories") }
        let categories = reference.union(current)
        let k = categories.count
        if k <= 1 { return TwoSampleResult(statistic: 0, pValue: 1) }
        let rows = [categories.map { Double(reference[$0]) }, categories.map { Double(current[$0]) }]
        let rowTotals = rows.map { $0.reduce(0, +) }
        let grand = rowTotals[0] + rowTotals[1]
        let dof = k - 1
        var statistic = 0.0
        for column in 0..<k {
            let columnTotal = rows[0][column] + rows[1][column]
            for row in 0..<2 {
                let expected = rowTotals[row] * columnTotal / grand
                var diff = rows[row][column] - expected
                if dof == 1 {
                    // Yates: move each observed count half a unit towards its expectation (never past it).
                    diff = abs(diff) <= 0.5 ? 0 : diff - copysign(0.5, diff)
                }
                statistic += diff * diff / expected
            }
        }
        return TwoSampleResult(statistic: statistic, pValue: IncompleteGamma.chiSquareSF(statistic, dof: dof))
    }
}
