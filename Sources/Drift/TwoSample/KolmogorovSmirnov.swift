import Foundation

/// The two-sided two-sample Kolmogorov–Smirnov test, equal to `scipy.stats.ks_2samp(method="auto")`.
///
/// Method selection follows scipy: the exact null distribution (lattice-path counting, Hodges 1958 with
/// Viehmann's 1-p recursion) when both samples have at most 10 000 values, otherwise the asymptotic route,
/// which evaluates the one-sample Kolmogorov distribution `kstwo.sf(D, round(n·m/(n+m)))`. If the exact
/// computation leaves [0, 1] it falls back to the asymptotic one, as scipy does. In exact mode the reported
/// statistic is rounded to the lattice `h / lcm(n, m)`, as scipy reports it.
public enum KolmogorovSmirnov {
    /// Largest sample size for which `auto` computes the exact p-value (scipy's `MAX_AUTO_N`).
    public static let maxExactSize = 10_000

    /// Tests whether `reference` and `current` come from the same continuous distribution.
    /// - Throws: `DriftError` if a sample is empty or holds NaN/infinity.
    /// - Complexity: O(n + m) expected for the statistic: the samples are bucketed, not sorted.
    public static func test(reference: [Double], current: [Double]) throws -> TwoSampleResult {
        try SortedSample.requireFinite(reference, name: "reference")
        try SortedSample.requireFinite(current, name: "current")
        guard !reference.isEmpty else { throw DriftError.empty("reference sample") }
        guard !current.isEmpty else { throw DriftError.empty("current sample") }
        let d = ECDFDistanceSearch.distance(reference, current)
        return result(n1: reference.count, n2: current.count, d: d)
    }

    /// Tests two already sorted samples (e.g. a saved reference summary against a sorted current column).
    /// - Complexity: O(n + m) for the statistic; the exact p-value costs up to O(n·m) for unequal sizes.
    public static func test(reference: SortedSample, current: SortedSample) throws -> TwoSampleResult {
        guard reference.count > 0 else { throw DriftError.empty("reference sample") }
        guard current.count > 0 else { throw DriftError.empty("current sample") }
        return result(n1: reference.count, n2: current.count, d: statistic(reference.values, current.values))
    }

    /// Tests a sorted reference (e.g. from a saved profile) against an unsorted current sample.
    /// - Throws: `DriftError` if a sample is empty or `current` holds NaN/infinity.
    public static func test(reference: SortedSample, unsortedCurrent current: [Double]) throws -> TwoSampleResult {
        try SortedSample.requireFinite(current, name: "current")
        guard reference.count > 0 else { throw DriftError.empty("reference sample") }
        guard !current.isEmpty else { throw DriftError.empty("current sample") }
        let d = ECDFDistanceSearch.distance(reference.values, current)
        return result(n1: reference.count, n2: current.count, d: d)
    }

    /// The p-value for statistic `d` (scipy's method choice: exact for small samples, else asymptotic).
    static func result(n1: Int, n2: Int, d: Double) -> TwoSampleResult {
        if Swift.max(n1, n2) <= maxExactSize, let exact = exactPValue(n1: n1, n2: n2, d: d) {
            return TwoSampleResult(statistic: exact.statistic, pValue: exact.pValue, method: "exact")
        }
        return TwoSampleResult(statistic: d, pValue: asymptoticPValue(n1: n1, n2: n2, d: d), method: "asymptotic")
    }

    /// sup |F1 - F2| over all observed values of two ascending samples, both ECDFs evaluated after every tie
    /// (scipy's `side="right"`). The reference formulation the bucketed search is tested against.
    static func statistic(_ a: [Double], _ b: [Double]) -> Double {
        ECDFDistanceSearch.distance(sorted: a, b)
    }

    static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }

    /// The exact two-sided p-value, or `nil` when it is numerically unusable (scipy then switches to asymp).
    static func exactPValue(n1: Int, n2: Int, d: Double) -> (statistic: Double, pValue: Double)? {
        let g = gcd(n1, n2)
        let lcm = (n1 / g) * n2
        let h = Int((d * Double(lcm)).rounded(.toNearestOrEven))
        let lattice = Double(h) / Double(lcm)
        if h == 0 { return (lattice, 1) }
        let p = n1 == n2 ? probabilityOutsideSquare(n: n1, h: h) : probabilityOutsideInside(m: n1, n: n2, g: g, h: h)
        guard p.isFinite, p >= 0, p <= 1 else { return nil }
        return (lattice, p)
    }

    /// Pr(D_{n,n} >= h/n) by the alternating series evaluated Horner-style.
    static func probabilityOutsideSquare(n: Int, h: Int) -> Double {
        var p = 0.0
        var k = n / h
        while k >= 0 {
            var term = 1.0
            for j in 0..<h { term = Double(n - k * h - j) * term / Double(n + k * h + j + 1) }
            p = term * (1 - p)
            k -= 1
        }
        return 2 * p
    }

    /// Proportion of lattice paths from (0,0) to (m,n) that leave |x/m - y/n| < h/lcm, computed directly as 1-p.
    static func probabilityOutsideInside(m: Int, n: Int, g: Int, h: Int) -> Double {
        let (m, n) = m < n ? (n, m) : (m, n)
        let mg = m / g
        let ng = n / g
        func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
        func ceilDiv(_ a: Int, _ b: Int) -> Int { -floorDiv(-a, b) }
        var minJ = 0
        var maxJ = Swift.min(ceilDiv(h, mg), n + 1)
        var currentLength = maxJ - minJ
        let lengthA = Swift.min(2 * maxJ + 2, n + 1)
        var column = [Double](repeating: 1, count: lengthA)
        for j in minJ..<maxJ { column[j] = 0 }
        return column.withUnsafeMutableBufferPointer { a -> Double in
            for i in 1...m {
                let lastMinJ = minJ
                let lastLength = currentLength
                minJ = Swift.min(Swift.max(floorDiv(ng * i - h, mg) + 1, 0), n)
                maxJ = Swift.min(ceilDiv(ng * i + h, mg), n + 1)
                if maxJ <= minJ { return 1 }
                var value = minJ == 0 ? 0.0 : 1.0
                let di = Double(i)
                for jj in 0..<(maxJ - minJ) {
                    let j = Double(jj + minJ)
                    value = (a[jj + minJ - lastMinJ] * di + value * j) / (di + j)
                    a[jj] = value
                }
                currentLength = maxJ - minJ
                if lastLength > currentLength {
                    for index in (maxJ - minJ)..<Swift.min(maxJ - minJ + lastLength - currentLength, a.count) {
                        a[index] = 1
                    }
                }
            }
            return a[maxJ - minJ - 1]
        }
    }

    /// scipy's asymptotic two-sided p-value: `kstwo.sf(d, round(n1·n2/(n1+n2)))`.
    static func asymptoticPValue(n1: Int, n2: Int, d: Double) -> Double {
        let (m, n) = n1 >= n2 ? (Double(n1), Double(n2)) : (Double(n2), Double(n1))
        let en = m * n / (m + n)
        let p = KolmogorovDistribution.twoSidedSF(n: Int(en.rounded(.toNearestOrEven)), x: d)
        return Swift.min(Swift.max(p, 0), 1)
    }
}
