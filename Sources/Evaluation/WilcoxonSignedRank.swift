import Foundation

/// The Wilcoxon signed-rank test of paired differences, two-sided, matching `scipy.stats.wilcoxon` defaults
/// of scipy 1.17 (`zero_method="wilcox"`, `correction=False`, `method="auto"`).
///
/// Zero differences are dropped before ranking; |d| is ranked with average ranks for ties. The p-value is
/// exact for n ≤ 50 without ties or zeros, by full sign-flip enumeration for n ≤ 13 otherwise, and from the
/// tie-corrected normal approximation in all other cases (n counts zeros, as scipy does).
public struct WilcoxonSignedRank: Sendable, Equatable, Codable {
    /// min(R⁺, R⁻), the statistic scipy reports for a two-sided test.
    public let statistic: Double
    /// The two-sided p-value.
    public let pValue: Double
    /// How the p-value was computed.
    public let method: WilcoxonMethod
    /// The number of non-zero differences that were ranked.
    public let nonZeroCount: Int

    /// Tests whether paired differences are symmetric about zero.
    /// - Parameter differences: a − b per seed.
    /// - Throws: `EvaluationError` if empty or non-finite, or if the normal approximation is needed and every
    ///   difference is zero (scipy returns NaN).
    public init(differences: [Double]) throws {
        try EvaluationError.requireNonEmpty(differences.count, "differences")
        try EvaluationError.requireFinite(differences, "differences")
        let nonZero = differences.filter { $0 != 0 }
        let hasZeros = nonZero.count < differences.count
        // Doubled average ranks are integers, which makes sums and comparisons exact.
        let order = nonZero.indices.sorted { abs(nonZero[$0]) < abs(nonZero[$1]) }
        var doubledRanks = [Int](repeating: 0, count: nonZero.count)
        var tieGroups: [Int] = []
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count && abs(nonZero[order[end + 1]]) == abs(nonZero[order[start]]) { end += 1 }
            for i in start...end { doubledRanks[order[i]] = start + end + 2 }
            tieGroups.append(end - start + 1)
            start = end + 1
        }
        let doubledPlus = nonZero.indices.reduce(0) { $0 + (nonZero[$1] > 0 ? doubledRanks[$1] : 0) }
        let doubledTotal = nonZero.count * (nonZero.count + 1)
        let rPlus = Double(doubledPlus) / 2
        statistic = min(rPlus, Double(doubledTotal - doubledPlus) / 2)
        nonZeroCount = nonZero.count
        let hasTies = tieGroups.contains { $0 > 1 }
        if differences.count <= 50 && !hasTies && !hasZeros {
            method = .exact
            pValue = Self.exactPValue(rPlus: rPlus, n: nonZero.count)
        } else if differences.count <= 13 {
            method = .permutation
            pValue = Self.permutationPValue(doubledRanks: doubledRanks, observed: doubledPlus)
        } else {
            guard !nonZero.isEmpty else {
                throw EvaluationError(
                    .undefinedMetric, "every difference is zero; the signed-rank test has nothing to rank.")
            }
            method = .normalApproximation
            let n = Double(nonZero.count)
            let tieCorrection = tieGroups.reduce(0.0) { $0 + Double($1 * $1 * $1 - $1) }
            let se = ((n * (n + 1) * (2 * n + 1) - tieCorrection / 2) / 24).squareRoot()
            let z = (rPlus - n * (n + 1) / 4) / se
            pValue = min(1, erfc(abs(z) / 2.0.squareRoot()))
        }
    }

    /// 2 · min(P(R⁺ ≥ ⌊r⌋), P(R⁺ ≤ ⌈r⌉)) under the exact null distribution of n untied ranks.
    private static func exactPValue(rPlus: Double, n: Int) -> Double {
        let maximum = n * (n + 1) / 2
        var counts = [Double](repeating: 0, count: maximum + 1)
        counts[0] = 1
        for rank in stride(from: 1, through: max(n, 0), by: 1) {
            for sum in stride(from: maximum, through: rank, by: -1) { counts[sum] += counts[sum - rank] }
        }
        let total = pow(2.0, Double(n))
        let low = Int(rPlus.rounded(.up))
        let high = Int(rPlus.rounded(.down))
        let cdf = counts[0...min(low, maximum)].reduce(0, +) / total
        let sf = counts[max(high, 0)...].reduce(0, +) / total
        return min(1, 2 * min(cdf, sf))
    }

    /// 2 · min(P(R⁺ ≤ r), P(R⁺ ≥ r)) over all 2ᵐ sign assignments of the m non-zero ranks.
    private static func permutationPValue(doubledRanks: [Int], observed: Int) -> Double {
        var sums = [0]
        for rank in doubledRanks { sums += sums.map { $0 + rank } }
        let less = sums.reduce(0) { $0 + ($1 <= observed ? 1 : 0) }
        let greater = sums.reduce(0) { $0 + ($1 >= observed ? 1 : 0) }
        return min(1, 2 * Double(min(less, greater)) / Double(sums.count))
    }
}
