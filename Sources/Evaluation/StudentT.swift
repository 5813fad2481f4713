import Foundation

/// Student's t distribution: CDF, survival function and quantile (`scipy.stats.t.cdf/sf/ppf`).
///
/// Built on the regularized incomplete beta function: P(|T| > t) = I_{ν/(ν+t²)}(ν/2, 1/2).
public enum StudentT {
    /// P(T ≤ t) with `degreesOfFreedom` ν > 0.
    public static func cdf(_ t: Double, degreesOfFreedom nu: Double) -> Double {
        t > 0 ? 1 - upperTail(t, nu) : upperTail(-t, nu)
    }

    /// P(T > t), accurate far in the upper tail.
    public static func survival(_ t: Double, degreesOfFreedom nu: Double) -> Double {
        t > 0 ? upperTail(t, nu) : 1 - upperTail(-t, nu)
    }

    /// The t with P(T ≤ t) = p.
    /// - Parameters:
    ///   - p: a probability in (0, 1).
    ///   - degreesOfFreedom: ν > 0 (need not be an integer).
    /// - Throws: `EvaluationError` if p is outside (0, 1) or ν ≤ 0.
    public static func quantile(_ p: Double, degreesOfFreedom nu: Double) throws -> Double {
        guard p > 0, p < 1 else {
            throw EvaluationError(.invalidArgument, "`p` is \(p); pass a probability strictly between 0 and 1.")
        }
        guard nu > 0, nu.isFinite else {
            throw EvaluationError(.invalidArgument, "`degreesOfFreedom` is \(nu); pass a finite value > 0.")
        }
        if p == 0.5 { return 0 }
        let upper = p > 0.5
        let tail = upper ? 1 - p : p  // one-sided tail probability
        let twoTail = 2 * tail
        let magnitude: Double
        if twoTail < 0.5 {
            // x = ν / (ν + t²) with I_x(ν/2, 1/2) = 2·tail.
            let x = IncompleteBeta.inverse(twoTail, nu / 2, 0.5)
            magnitude = (nu * (1 - x) / x).squareRoot()
        } else {
            // y = t² / (ν + t²) = 1 − x with I_y(1/2, ν/2) = 1 − 2·tail, which keeps precision near t = 0.
            let y = IncompleteBeta.inverse(upper ? 2 * p - 1 : 1 - 2 * p, 0.5, nu / 2)
            magnitude = (nu * y / (1 - y)).squareRoot()
        }
        return upper ? magnitude : -magnitude
    }

    /// P(T > t) for t ≥ 0.
    private static func upperTail(_ t: Double, _ nu: Double) -> Double {
        if t == 0 { return 0.5 }
        if t < 1 {
            // For small t use the complementary form to keep precision: P(T > t) = 1/2 − I_y(1/2, ν/2) / 2.
            let y = t * t / (nu + t * t)
            return 0.5 - 0.5 * IncompleteBeta.regularized(y, 0.5, nu / 2)
        }
        return 0.5 * IncompleteBeta.regularized(nu / (nu + t * t), nu / 2, 0.5)
    }
}
