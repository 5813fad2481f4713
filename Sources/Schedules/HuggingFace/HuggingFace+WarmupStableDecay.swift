import Foundation

extension HuggingFace {
    /// `get_wsd_schedule`: warmup from `lr · minLRRatio` to `lr`, a stable phase at `lr`, then decay back to
    /// `lr · minLRRatio`, which holds afterwards.
    public struct WarmupStableDecay: Schedule, Equatable {
        /// The curve of the warmup or decay phase.
        public enum Curve: String, Sendable, CaseIterable, Codable {
            /// Straight line.
            case linear
            /// Half cosine (for decay: `numCycles` waves, a half wave by default).
            case cosine
            /// `1 − sqrt(1 − p)` for warmup, `1 − sqrt(p)` for decay.
            case oneMinusSqrt = "1-sqrt"
        }

        /// The optimizer's base rate.
        public var lr: Double
        /// Steps of warmup.
        public var numWarmupSteps: Int
        /// Steps at `lr` after warmup.
        public var numStableSteps: Int
        /// Steps of decay after the stable phase.
        public var numDecaySteps: Int
        /// The warmup curve.
        public var warmupType: Curve
        /// The decay curve.
        public var decayType: Curve
        /// The lowest rate as a fraction of `lr` (start of warmup, end of decay).
        public var minLRRatio: Double
        /// Cosine waves in a cosine decay.
        public var numCycles: Double

        /// Creates the schedule with transformers' defaults.
        public init(
            lr: Double, numWarmupSteps: Int, numStableSteps: Int, numDecaySteps: Int, warmupType: Curve = .linear,
            decayType: Curve = .cosine, minLRRatio: Double = 0, numCycles: Double = 0.5
        ) {
            self.lr = lr
            self.numWarmupSteps = numWarmupSteps
            self.numStableSteps = numStableSteps
            self.numDecaySteps = numDecaySteps
            self.warmupType = warmupType
            self.decayType = decayType
            self.minLRRatio = minLRRatio
            self.numCycles = numCycles
        }

        public func rate(at step: Int) -> Double { lr * factor(at: max(step, 0)) }

        func factor(at t: Int) -> Double {
            if t < numWarmupSteps {
                let progress = Double(t) / Double(max(1, numWarmupSteps))
                let shape: Double
                switch warmupType {
                case .linear: shape = progress
                case .cosine: shape = 0.5 * (1.0 - cos(Double.pi * progress))
                case .oneMinusSqrt: shape = 1.0 - sqrt(1.0 - progress)
                }
                return max(0, shape * (1.0 - minLRRatio) + minLRRatio)
            }
            if t < numWarmupSteps + numStableSteps { return 1 }
            guard t < numWarmupSteps + numStableSteps + numDecaySteps else { return minLRRatio }
            let progress = Double(t - numWarmupSteps - numStableSteps) / Double(max(1, numDecaySteps))
            let shape: Double
            switch decayType {
            case .linear: shape = 1.0 - progress
            case .cosine: shape = 0.5 * (1.0 + cos(Double.pi * numCycles * 2.0 * progress))
            case .oneMinusSqrt: shape = 1.0 - sqrt(progress)
            }
            return max(0, shape * (1.0 - minLRRatio) + minLRRatio)
        }

        public var facts: ScheduleFacts {
            ScheduleFacts(
                warmupSteps: numWarmupSteps > 0 ? numWarmupSteps : nil,
                totalSteps: numWarmupSteps + numStableSteps + numDecaySteps,
                bounds: [RateBounds(lowName: "min_lr_ratio · lr", low: lr * minLRRatio, highName: "lr", high: lr)])
        }
    }
}
