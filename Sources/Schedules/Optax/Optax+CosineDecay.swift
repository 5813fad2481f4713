import Foundation

extension Optax {
    /// `optax.cosine_decay_schedule`: `initValue · ((1 − alpha) · c^exponent + alpha)` with
    /// `c = (1 + cos(π · min(t, decaySteps) / decaySteps)) / 2`; holds `initValue · alpha` after `decaySteps`.
    public struct CosineDecay: Schedule, Equatable {
        /// Rate at step 0.
        public var initValue: Double
        /// Steps of the decay.
        public var decaySteps: Int
        /// Final rate as a fraction of `initValue`.
        public var alpha: Double
        /// Exponent applied to the cosine factor.
        public var exponent: Double

        /// Creates the schedule with optax's defaults.
        public init(initValue: Double, decaySteps: Int, alpha: Double = 0, exponent: Double = 1) {
            self.initValue = initValue
            self.decaySteps = max(decaySteps, 1)
            self.alpha = alpha
            self.exponent = exponent
        }

        public func rate(at step: Int) -> Double {
            let count = Double(min(max(step, 0), decaySteps))
            let cosine = 0.5 * (1 + cos(Double.pi * count / Double(decaySteps)))
            return initValue * ((1 - alpha) * pow(cosine, exponent) + alpha)
        }

        public var facts: ScheduleFacts {
            ScheduleFacts(totalSteps: decaySteps)
        }
    }
}
