import Foundation

/// Regularised incomplete gamma functions, for chi-square p-values (`scipy.special.gammaincc`).
enum IncompleteGamma {
    /// Q(a, x) = Γ(a, x) / Γ(a), the upper regularised incomplete gamma function.
    static func upper(a: Double, x: Double) -> Double {
        if x <= 0 { return 1 }
        if x.isInfinite { return 0 }
        if x < a + 1 { return 1 - lowerSeries(a: a, x: x) }
        return upperContinuedFraction(a: a, x: x)
    }

    /// P(a, x) by its power series (converges fast for x < a + 1).
    static func lowerSeries(a: Double, x: Double) -> Double {
        var term = 1.0 / a
        var sum = term
        var ap = a
        for _ in 0..<10_000 {
            ap += 1
            term *= x / ap
            sum += term
            if abs(term) < abs(sum) * 1e-16 { break }
        }
        return sum * exp(-x + a * log(x) - lgamma(a))
    }

    /// Q(a, x) by the modified Lentz continued fraction (x >= a + 1).
    static func upperContinuedFraction(a: Double, x: Double) -> Double {
        let tiny = 1e-300
        var b = x + 1 - a
        var c = 1 / tiny
        var d = 1 / b
        var h = d
        for i in 1...10_000 {
            let an = -Double(i) * (Double(i) - a)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-16 { break }
        }
        return exp(-x + a * log(x) - lgamma(a)) * h
    }

    /// Survival function of the chi-square distribution with `dof` degrees of freedom.
    static func chiSquareSF(_ statistic: Double, dof: Int) -> Double {
        upper(a: Double(dof) / 2, x: statistic / 2)
    }
}
