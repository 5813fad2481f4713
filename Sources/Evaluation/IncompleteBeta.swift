import Foundation

/// The regularized incomplete beta function Iₓ(a, b) and its inverse (internal to ``StudentT``).
///
/// Iₓ uses the continued fraction of Numerical Recipes §6.4 (modified Lentz), evaluated on the side where it
/// converges fast; the inverse starts from the Numerical Recipes guess and refines with Newton steps kept
/// inside a shrinking bisection bracket, to about 1e-15 relative error.
enum IncompleteBeta {
    /// Iₓ(a, b) for a, b > 0 and x in [0, 1].
    static func regularized(_ x: Double, _ a: Double, _ b: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let front = exp(logFront(x, a, b))
        if x < (a + 1) / (a + b + 2) { return front * continuedFraction(x, a, b) / a }
        return 1 - front * continuedFraction(1 - x, b, a) / b
    }

    /// The x in [0, 1] with Iₓ(a, b) = p.
    static func inverse(_ p: Double, _ a: Double, _ b: Double) -> Double {
        if p <= 0 { return 0 }
        if p >= 1 { return 1 }
        var low = 0.0
        var high = 1.0
        var x = initialGuess(p, a, b)
        let logBeta = lgamma(a) + lgamma(b) - lgamma(a + b)
        for _ in 0..<300 {
            let error = regularized(x, a, b) - p
            if error == 0 { return x }
            if error < 0 { low = x } else { high = x }
            let density = exp((a - 1) * log(x) + (b - 1) * log1p(-x) - logBeta)
            var next = x - error / density
            if !(next > low && next < high) { next = (low + high) / 2 }
            if abs(next - x) <= 4 * Double.ulpOfOne * x || high - low <= 4 * Double.ulpOfOne * high { return next }
            x = next
        }
        return x
    }

    /// log(xᵃ (1 − x)ᵇ / B(a, b)).
    private static func logFront(_ x: Double, _ a: Double, _ b: Double) -> Double {
        lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log1p(-x)
    }

    private static func continuedFraction(_ x: Double, _ a: Double, _ b: Double) -> Double {
        let tiny = 1e-300
        let qab = a + b
        let qap = a + 1
        let qam = a - 1
        var c = 1.0
        var d = 1 - qab * x / qap
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...10_000 {
            let m = Double(m)
            let m2 = 2 * m
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-16 { break }
        }
        return h
    }

    /// Numerical Recipes' starting point for the inverse (`invbetai`).
    private static func initialGuess(_ p: Double, _ a: Double, _ b: Double) -> Double {
        var x: Double
        if a >= 1 && b >= 1 {
            let pp = p < 0.5 ? p : 1 - p
            let t = (-2 * log(pp)).squareRoot()
            var z = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t
            if p < 0.5 { z = -z }
            let al = (z * z - 3) / 6
            let h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1))
            let w = z * (al + h).squareRoot() / h - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (al + 5 / 6 - 2 / (3 * h))
            x = a / (a + b * exp(2 * w))
        } else {
            let lna = log(a / (a + b))
            let lnb = log(b / (a + b))
            let t = exp(a * lna) / a
            let u = exp(b * lnb) / b
            let w = t + u
            x = p < t / w ? pow(a * w * p, 1 / a) : 1 - pow(b * w * (1 - p), 1 / b)
        }
        return min(max(x, Double.leastNormalMagnitude), 1 - Double.ulpOfOne)
    }
}
