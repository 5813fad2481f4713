#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The random number generator behind splits and synthetic data: xoshiro256** (Blackman & Vigna) seeded through
/// SplitMix64, so one seed gives the same stream on every platform and Swift version.
///
/// Bounded integers, shuffles, uniform and normal draws are implemented here (not with the standard library's
/// `shuffle(using:)`, whose algorithm may change), which keeps seeded results stable.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    /// Creates a generator whose whole stream is fixed by `seed`.
    public init(seed: UInt64) {
        var seeder = SplitMix64(seed: seed)
        (s0, s1, s2, s3) = (seeder.next(), seeder.next(), seeder.next(), seeder.next())
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// A uniform `Double` in [0, 1) with 53 random bits.
    public mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform `Double` in [lower, upper).
    public mutating func uniform(_ lower: Double, _ upper: Double) -> Double {
        lower + (upper - lower) * uniform()
    }

    /// A uniform integer in 0..<bound (Lemire's unbiased multiply-and-reject). `bound` must be positive.
    public mutating func integer(below bound: Int) -> Int {
        precondition(bound > 0, "integer(below:) needs a positive bound")
        let range = UInt64(bound)
        var product = next().multipliedFullWidth(by: range)
        if product.low < range {
            let threshold = (0 &- range) % range
            while product.low < threshold { product = next().multipliedFullWidth(by: range) }
        }
        return Int(product.high)
    }

    /// A uniform integer in `range` (both ends included).
    public mutating func integer(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + integer(below: range.upperBound - range.lowerBound + 1)
    }

    /// A standard normal draw (Box–Muller; one uniform pair per draw, so streams do not depend on caching).
    public mutating func normal() -> Double {
        let u1 = 1 - uniform()  // in (0, 1], keeps log finite
        let u2 = uniform()
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }

    /// Shuffles `values` in place (Fisher–Yates, from the end).
    public mutating func shuffle<T>(_ values: inout [T]) {
        guard values.count > 1 else { return }
        for index in stride(from: values.count - 1, to: 0, by: -1) {
            values.swapAt(index, integer(below: index + 1))
        }
    }
}
