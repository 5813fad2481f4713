import Foundation

/// Survival functions of the Kolmogorov–Smirnov statistics, following the regime choices of
/// scipy 1.17 (`scipy.stats.kstwo.sf` and `scipy.special.smirnov`) so that asymptotic two-sample p-values
/// match `ks_2samp` to ~1e-10. Algorithms: Ruben–Gambino tails, Durbin's matrix method (Marsaglia–Tsang–Wang),
/// Pomeranz recursion, the Pelz–Good expansion and the Birnbaum–Tingey sum (Simard & L'Ecuyer 2011).
enum KolmogorovDistribution {
    static let minLog = -7.08396418532264106224e2
    static let scaleUp = 0x1p128
    static let scaleDown = 0x1p-128

    /// P(D_n >= x) for the two-sided one-sample statistic with sample size `n` (scipy `kstwo.sf(x, n)`).
    static func twoSidedSF(n: Int, x: Double) -> Double {
        guard n > 0 else { return .nan }
        if x >= 1 { return 0 }
        if x <= 0 { return 1 }
        let nd = Double(n)
        let t = nd * x
        if t <= 1 {
            if t <= 0.5 { return 1 }
            let cdf: Double
            if n <= 140 {
                var product = 1.0
                for i in 1...n { product *= Double(i) * (1.0 / nd) * (2 * t - 1) }
                cdf = product
            } else {
                cdf = exp(logFactorialOverPower(nd) + nd * log(2 * t - 1))
            }
            return clip(1 - cdf)
        }
        if t >= nd - 1 { return clip(2 * pow(1 - x, nd)) }
        if x >= 0.5 { return clip(2 * smirnovSF(n: n, x: x)) }
        let nxSquared = t * x
        if n <= 140 {
            if nxSquared <= 0.754693 { return clip(1 - durbinCDF(n: n, d: x)) }
            if nxSquared <= 4 { return clip(1 - pomeranzCDF(n: n, x: x)) }
            return clip(2 * smirnovSF(n: n, x: x))
        }
        if nxSquared >= 370 { return 0 }
        if nxSquared >= 2.2 { return clip(2 * smirnovSF(n: n, x: x)) }
        let cdf = (n <= 100_000 && nd * pow(x, 1.5) <= 1.4) ? durbinCDF(n: n, d: x) : pelzGoodCDF(n: n, x: x)
        return clip(1 - cdf)
    }

    static func clip(_ p: Double) -> Double { Swift.min(Swift.max(p, 0), 1) }

    /// log(n! / n^n) by Stirling's series.
    static func logFactorialOverPower(_ n: Double) -> Double {
        let coefficients = [
            -2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3,
            8.4175084175084175084e-4, -5.952380952380952381e-4, 7.9365079365079365079e-4,
            -2.7777777777777777778e-3, 8.3333333333333333333e-2,
        ]
        let rn = 1.0 / n
        let z = rn / n
        var poly = 0.0
        for c in coefficients { poly = poly * z + c }
        return log(n) / 2 - n + log(2 * Double.pi) / 2 + rn * poly
    }

    /// Durbin's matrix method: P(D_n < d) = n!/n^n * (H^n)[k,k].
    static func durbinCDF(n: Int, d: Double) -> Double {
        if d >= 1 { return 1 }
        let nd = Double(n) * d
        if nd <= 0.5 { return 0 }
        let k = Int(nd.rounded(.up))
        let h = Double(k) - nd
        let m = 2 * k - 1
        var v = [Double](repeating: 0, count: m)
        var w = [Double](repeating: 0, count: m)
        var factorial = 1.0
        for j in 1...m {
            w[j - 1] = factorial
            factorial /= Double(j)
            v[j - 1] = (1 - pow(h, Double(j))) * factorial
        }
        let tt = pow(Swift.max(2 * h - 1, 0), Double(m)) - 2 * pow(h, Double(m))
        v[m - 1] = (1 + tt) * factorial
        var matrix = [Double](repeating: 0, count: m * m)
        if m > 1 {
            for i in 1..<m {
                for row in (i - 1)..<m { matrix[row * m + i] = w[row - (i - 1)] }
            }
        }
        for row in 0..<m { matrix[row * m] = v[row] }
        for col in 0..<m { matrix[(m - 1) * m + col] = v[m - 1 - col] }
        var power = [Double](repeating: 0, count: m * m)
        for i in 0..<m { power[i * m + i] = 1 }
        var remaining = n
        var exponent = 0
        var matrixExponent = 0
        while remaining > 0 {
            if remaining % 2 == 1 {
                power = multiply(power, matrix, m)
                exponent += matrixExponent
            }
            matrix = multiply(matrix, matrix, m)
            matrixExponent *= 2
            if abs(matrix[(k - 1) * m + (k - 1)]) > scaleUp {
                for i in matrix.indices { matrix[i] /= scaleUp }
                matrixExponent += 128
            }
            remaining /= 2
        }
        var p = power[(k - 1) * m + (k - 1)]
        for i in 1...n {
            p = Double(i) * p / Double(n)
            if abs(p) < scaleDown {
                p *= scaleUp
                exponent -= 128
            }
        }
        return exponent != 0 ? scalbn(p, exponent) : p
    }

    static func multiply(_ a: [Double], _ b: [Double], _ m: Int) -> [Double] {
        var c = [Double](repeating: 0, count: m * m)
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                c.withUnsafeMutableBufferPointer { c in
                    for i in 0..<m {
                        for p in 0..<m {
                            let aip = a[i * m + p]
                            if aip == 0 { continue }
                            for j in 0..<m { c[i * m + j] += aip * b[p * m + j] }
                        }
                    }
                }
            }
        }
        return c
    }
}
