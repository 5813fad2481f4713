#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Two interleaving half circles (sklearn's `make_moons`, sampled at random): class 0 at `(cos t, sin t)`,
/// class 1 at `(1 − cos t, 0.5 − sin t)`, with `t` uniform in [0, π], the class chosen with probability ½, and
/// Gaussian noise of standard deviation `noise` added to both coordinates.
public struct TwoMoonsGenerator: SyntheticGenerator {
    /// The standard deviation of the Gaussian noise.
    public let noise: Double

    /// Creates a two-moons stream.
    public init(noise: Double = 0.1) {
        self.noise = noise
    }

    public var columns: [SyntheticColumn] { [.init("x1", .number), .init("x2", .number), .init("label", .integer)] }

    public mutating func nextRow(using random: inout SeededGenerator) -> [Cell] {
        let label = random.integer(below: 2)
        let t = random.uniform() * Double.pi
        var x = label == 0 ? [cos(t), sin(t)] : [1 - cos(t), 0.5 - sin(t)]
        if noise > 0 { x = x.map { $0 + noise * random.normal() } }
        return x.map { .number($0) } + [.number(Double(label))]
    }
}
