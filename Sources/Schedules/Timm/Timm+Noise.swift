import Foundation

extension Timm {
    /// timm's learning-rate noise: inside the noise range the rate becomes `rate · (1 + noise)`, with `noise` drawn
    /// per step and bounded by `±pct`.
    ///
    /// timm draws from `torch.Generator().manual_seed(seed + t)`; Anneal does not reproduce torch's generator but
    /// uses its own (SplitMix64 seeded from the seed and the step), so the noise has timm's distribution and is
    /// deterministic per `(seed, step)`, but its values differ from timm's. A normal draw is redrawn until
    /// `|noise| < pct`, as in timm (after 1000 rejected draws it falls back to a uniform draw in `(-pct, pct)`).
    public struct Noise: Schedule {
        /// The distribution of the noise.
        public enum Distribution: String, Sendable, CaseIterable, Codable {
            /// `N(0, std²)` truncated to `(-pct, pct)`.
            case normal
            /// Uniform in `[-pct, pct)`.
            case uniform
        }

        /// The noiseless schedule.
        public let schedule: any Schedule
        /// First step with noise.
        public let start: Int
        /// First step without noise again; `nil` means noise until the end.
        public let end: Int?
        /// Bound on the relative noise.
        public let pct: Double
        /// Standard deviation of normal noise.
        public let std: Double
        /// The distribution.
        public let distribution: Distribution
        /// The seed.
        public let seed: Int

        /// Adds noise to `schedule` on steps `start..<end` (or from `start` on).
        public init(
            _ schedule: any Schedule, start: Int, end: Int? = nil, pct: Double = 0.67, std: Double = 1,
            distribution: Distribution = .normal, seed: Int = 42
        ) {
            self.schedule = schedule
            self.start = start
            self.end = end
            self.pct = pct
            self.std = std
            self.distribution = distribution
            self.seed = seed
        }

        public func rate(at step: Int) -> Double {
            let step = max(step, 0)
            let value = schedule.rate(at: step)
            return value + value * noise(at: step)
        }

        /// The relative noise at `step`: 0 outside the noise range.
        public func noise(at step: Int) -> Double {
            guard step >= start, end.map({ step < $0 }) ?? true else { return 0 }
            var state = UInt64(bitPattern: Int64(seed)) &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(bitPattern: Int64(step))
            if distribution == .normal {
                for _ in 0..<1000 {
                    let u1 = 1 - Self.unit(&state)
                    let u2 = Self.unit(&state)
                    let draw = sqrt(-2 * log(u1)) * cos(2 * Double.pi * u2) * std
                    if abs(draw) < pct { return draw }
                }
            }
            return 2 * (Self.unit(&state) - 0.5) * pct
        }

        public var facts: ScheduleFacts { schedule.facts }

        /// A uniform draw in `[0, 1)` from a SplitMix64 stream.
        static func unit(_ state: inout UInt64) -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            return Double(z >> 11) * 0x1.0p-53
        }
    }
}
