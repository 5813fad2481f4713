/// How the p-value of a ``WilcoxonSignedRank`` test was obtained (scipy's `method="auto"` choice).
public enum WilcoxonMethod: String, Sendable, Codable, CaseIterable {
    /// The exact null distribution of the rank sum (n ≤ 50, no ties, no zeros).
    case exact
    /// Exact enumeration of all 2ⁿ sign flips (n ≤ 13 with ties or zeros; scipy's `PermutationMethod`).
    case permutation
    /// The normal approximation with tie correction and no continuity correction.
    case normalApproximation
}
