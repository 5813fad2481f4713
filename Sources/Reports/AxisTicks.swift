import Foundation

/// The tick values, labels and (possibly widened) domain of one chart axis.
///
/// Linear axes use "nice" steps of 1, 2 or 5 times a power of ten and widen the domain to whole steps, so the
/// first and last ticks enclose the data. Log axes put ticks at powers of ten (every k-th decade when there are
/// many) with lighter minor gridlines at 2…9 × 10^k.
public struct AxisTicks: Sendable, Equatable {
    /// The axis scale.
    public let scale: AxisScale
    /// The lower end of the axis (the first tick).
    public let lower: Double
    /// The upper end of the axis (the last tick).
    public let upper: Double
    /// The major tick values, ascending.
    public let values: [Double]
    /// The labels of the major ticks, in compact notation.
    public let labels: [String]
    /// Minor gridline values (log axes spanning few decades), ascending.
    public let minor: [Double]

    /// Ticks for a linear axis covering `lower...upper`.
    /// - Parameters:
    ///   - lower: the smallest value to show (finite).
    ///   - upper: the largest value to show (finite); swapped with `lower` if smaller.
    ///   - targetCount: roughly how many intervals to aim for (at least 1).
    /// - Returns: ticks whose first value is ≤ `lower` and last value is ≥ `upper`. An empty range is padded.
    public static func linear(from lower: Double, to upper: Double, targetCount: Int = 6) -> AxisTicks {
        var (lo, hi) = finiteOrdered(lower, upper, fallback: (0, 1))
        if hi - lo <= max(abs(lo), abs(hi)) * 1e-12 {
            let pad = lo == 0 ? 1 : abs(lo) * 0.1
            (lo, hi) = (lo - pad, hi + pad)
        }
        let (mantissa, exponent) = niceStep((hi - lo) / Double(max(1, targetCount)))
        let step = power(exponent) * Double(mantissa)
        let first = Int((lo / step + 1e-9).rounded(.down))
        let last = Int((hi / step - 1e-9).rounded(.up))
        let values = (first...max(first + 1, last)).map { tickValue($0 * mantissa, exponent: exponent) }
        return AxisTicks(
            scale: .linear, lower: values[0], upper: values[values.count - 1], values: values,
            labels: values.map { CompactNumber.format($0, step: step) }, minor: [])
    }

    /// Ticks for a base-10 log axis covering `lower...upper` (both must be positive to matter).
    /// - Parameters:
    ///   - lower: the smallest positive value to show.
    ///   - upper: the largest positive value to show.
    ///   - targetCount: the most major ticks to aim for; more decades are labelled every k-th decade.
    /// - Returns: ticks at powers of ten enclosing the range; a range within one power of ten is widened.
    public static func log10(from lower: Double, to upper: Double, targetCount: Int = 8) -> AxisTicks {
        var (lo, hi) = finiteOrdered(lower, upper, fallback: (1, 10))
        if lo <= 0 { lo = hi > 0 ? hi / 10 : 1 }
        if hi <= 0 { hi = lo * 10 }
        var firstDecade = Int((Foundation.log10(lo) + 1e-9).rounded(.down))
        var lastDecade = Int((Foundation.log10(hi) - 1e-9).rounded(.up))
        if firstDecade == lastDecade { (firstDecade, lastDecade) = (firstDecade - 1, lastDecade + 1) }
        let stride = max(1, Int((Double(lastDecade - firstDecade) / Double(max(1, targetCount))).rounded(.up)))
        while (lastDecade - firstDecade) % stride != 0 { lastDecade += 1 }
        let decades = Array(Swift.stride(from: firstDecade, through: lastDecade, by: stride))
        let values = decades.map { power($0) }
        var minor: [Double] = []
        if stride == 1 && lastDecade - firstDecade <= 8 {
            for decade in firstDecade..<lastDecade {
                minor += (2...9).map { tickValue($0, exponent: decade) }
            }
        }
        return AxisTicks(
            scale: .log10, lower: values[0], upper: values[values.count - 1], values: values,
            labels: values.map { CompactNumber.format($0, step: $0) }, minor: minor)
    }

    /// Ticks for `scale` over a data range.
    static func make(_ scale: AxisScale, from lower: Double, to upper: Double, targetCount: Int) -> AxisTicks {
        switch scale {
        case .linear: linear(from: lower, to: upper, targetCount: targetCount)
        case .log10: log10(from: lower, to: upper, targetCount: max(2, targetCount))
        }
    }

    /// The nice step (1, 2 or 5 times 10^exponent) that is at least `raw`.
    static func niceStep(_ raw: Double) -> (mantissa: Int, exponent: Int) {
        guard raw.isFinite, raw > 0 else { return (1, 0) }
        var exponent = Int(Foundation.log10(raw).rounded(.down))
        let fraction = raw / power(exponent)
        let mantissa: Int
        switch fraction {
        case ...1.000001: mantissa = 1
        case ...2.000001: mantissa = 2
        case ...5.000001: mantissa = 5
        default:
            mantissa = 1
            exponent += 1
        }
        return (mantissa, exponent)
    }

    /// `count × 10^exponent`, computed by one division for negative exponents so 3 × 0.1 prints as 0.3.
    static func tickValue(_ count: Int, exponent: Int) -> Double {
        exponent < 0 ? Double(count) / power(-exponent) : Double(count) * power(exponent)
    }

    static func power(_ exponent: Int) -> Double {
        exponent < 0 ? 1 / pow(10, Double(-exponent)) : pow(10, Double(exponent))
    }

    private static func finiteOrdered(_ a: Double, _ b: Double, fallback: (Double, Double)) -> (Double, Double) {
        let limit = 1e300
        switch (a.isFinite, b.isFinite) {
        case (true, true): return (min(max(min(a, b), -limit), limit), min(max(max(a, b), -limit), limit))
        case (true, false): return (a, a)
        case (false, true): return (b, b)
        case (false, false): return fallback
        }
    }
}
