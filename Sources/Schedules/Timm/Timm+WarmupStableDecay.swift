import Foundation

extension Timm {
    /// `WSDLRScheduler`: warmup, a stable phase (constant, or an inverse power of time), then a decay over the last
    /// `decayT` of `tInitial` steps (counted after warmup) to `lrMin`, which holds afterwards.
    public struct WarmupStableDecay: Schedule, Equatable {
        /// The stable phase's shape.
        public enum Stable: Sendable, Equatable {
            /// The rate holds at `lr`.
            case constant
            /// `lr · (1 + t / timescale)^(-power)` (timm's `rsqrt` is `power` 0.5).
            case power(timescale: Double, power: Double)
        }

        /// The decay's shape over its fraction `f` in [0, 1].
        public enum Decay: String, Sendable, CaseIterable, Codable {
            /// `1 − f`.
            case linear
            /// `1 − sqrt(f)`.
            case oneMinusSqrt = "1-sqrt"
            /// `(1 + cos(π f)) / 2`.
            case cosine
            /// `1 − f^decayPower`.
            case power
            /// `(r^f − r) / (1 − r)` with `r = decayRatio`.
            case exp
        }

        /// The optimizer's base rate.
        public var lr: Double
        /// Steps after warmup: stable plus decay.
        public var tInitial: Int
        /// Steps of decay at the end of `tInitial`.
        public var decayT: Int
        /// Minimum rate.
        public var lrMin: Double
        /// The stable phase.
        public var stable: Stable
        /// The decay curve.
        public var decay: Decay
        /// Exponent of the `power` decay.
        public var decayPower: Double
        /// End ratio of the `exp` decay.
        public var decayRatio: Double
        /// Linear warmup (always a prefix in timm's WSD).
        public var warmup: WarmupPhase

        /// Creates the schedule with timm's defaults.
        public init(
            lr: Double, tInitial: Int, decayT: Int, lrMin: Double = 0, stable: Stable = .constant,
            decay: Decay = .oneMinusSqrt, decayPower: Double = 0.5, decayRatio: Double = 0.1,
            warmup: WarmupPhase = WarmupPhase(prefix: true)
        ) {
            self.lr = lr
            self.tInitial = tInitial
            self.decayT = max(decayT, 1)
            self.lrMin = lrMin
            self.stable = stable
            self.decay = decay
            self.decayPower = decayPower
            self.decayRatio = decayRatio
            self.warmup = warmup
        }

        func decayFactor(_ f: Double) -> Double {
            switch decay {
            case .linear: return 1.0 - f
            case .oneMinusSqrt: return 1.0 - sqrt(f)
            case .cosine: return 0.5 * (1.0 + cos(Double.pi * f))
            case .power: return 1.0 - pow(f, decayPower)
            case .exp: return (pow(decayRatio, f) - decayRatio) / (1.0 - decayRatio)
            }
        }

        public func rate(at step: Int) -> Double {
            let t = max(step, 0)
            if let warming = warmup.rate(at: t, target: lr) { return warming }
            let stableStep = t - warmup.warmupT
            let stableRate: Double
            if case .power(let timescale, let power) = stable {
                stableRate = max(lr * pow(1.0 + Double(stableStep) / timescale, -power), lrMin)
            } else {
                stableRate = max(lr, lrMin)
            }
            let decayStep = stableStep - (tInitial - decayT)
            guard decayStep > 0 else { return stableRate }
            let fraction = min(Double(decayStep) / Double(decayT), 1.0)
            return lrMin + (stableRate - lrMin) * decayFactor(fraction)
        }

        public var facts: ScheduleFacts {
            ScheduleFacts(
                warmupSteps: warmup.warmupT > 0 ? warmup.warmupT : nil, totalSteps: warmup.warmupT + tInitial,
                bounds: [RateBounds(lowName: "lr_min", low: lrMin, highName: "lr", high: lr)])
        }
    }
}
