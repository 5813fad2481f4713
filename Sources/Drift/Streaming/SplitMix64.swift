/// A small, fast, seedable random number generator (SplitMix64, Steele et al. 2014) with Codable state, used by
/// KSWIN's sampling so detector state can be saved and resumed exactly.
public struct SplitMix64: RandomNumberGenerator, Codable, Sendable, Equatable {
    /// The generator state; the next output is a function of it alone.
    public private(set) var state: UInt64

    /// Creates a generator whose first output depends only on `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform double in [0, 1) from the top 53 bits of the next output.
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }
}
