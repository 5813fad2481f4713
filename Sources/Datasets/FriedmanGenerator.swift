#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Friedman #1 regression (Friedman, 1991): ten features uniform in [0, 1);
/// `y = 10 sin(π x1 x2) + 20 (x3 − 0.5)² + 10 x4 + 5 x5 + noise · N(0, 1)`. Features 6–10 are irrelevant.
public struct FriedmanGenerator: SyntheticGenerator {
    /// The standard deviation of the Gaussian noise (River uses 1).
    public let noise: Double

    /// Creates a Friedman #1 stream.
    public init(noise: Double = 1) {
        self.noise = noise
    }

    public var columns: [SyntheticColumn] {
        (1...10).map { SyntheticColumn("x\($0)", .number) } + [SyntheticColumn("y", .number)]
    }

    /// The noise-free target of features `x` (at least five).
    public static func target(_ x: [Double]) -> Double {
        10 * sin(Double.pi * x[0] * x[1]) + 20 * (x[2] - 0.5) * (x[2] - 0.5) + 10 * x[3] + 5 * x[4]
    }

    public mutating func nextRow(using random: inout SeededGenerator) -> [Cell] {
        let x = (0..<10).map { _ in random.uniform() }
        let y = Self.target(x) + (noise > 0 ? noise * random.normal() : 0)
        return x.map { .number($0) } + [.number(y)]
    }
}
