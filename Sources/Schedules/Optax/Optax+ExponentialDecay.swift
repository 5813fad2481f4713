import Foundation

extension Optax {
    /// `optax.exponential_decay`: `initValue · decayRate^((t − transitionBegin) / transitionSteps)` after
    /// `transitionBegin` (floored exponent when `staircase`), clipped at `endValue` when given.
    public struct ExponentialDecay: Schedule, Equatable {
        /// Rate up to `transitionBegin`.
        public var initValue: Double
        /// Steps per factor of `decayRate`.
        public var transitionSteps: Int
        /// Multiplier per `transitionSteps` steps.
        public var decayRate: Double
        /// Step at which decay starts.
        public var transitionBegin: Int
        /// Decay in whole steps of `transitionSteps`.
        public var staircase: Bool
        /// Bound the rate does not pass (a floor when decaying, a ceiling when growing).
        public var endValue: Double?

        /// Creates the schedule with optax's defaults.
        public init(
            initValue: Double, transitionSteps: Int, decayRate: Double, transitionBegin: Int = 0,
            staircase: Bool = false, endValue: Double? = nil
        ) {
            self.initValue = initValue
            self.transitionSteps = transitionSteps
            self.decayRate = decayRate
            self.transitionBegin = max(transitionBegin, 0)
            self.staircase = staircase
            self.endValue = endValue
        }

        public func rate(at step: Int) -> Double {
            guard transitionSteps > 0, decayRate != 0 else { return initValue }
            let elapsed = step - transitionBegin
            var exponent = Double(elapsed) / Double(transitionSteps)
            if staircase { exponent.round(.down) }
            let value = elapsed <= 0 ? initValue : initValue * pow(decayRate, exponent)
            guard let endValue else { return value }
            return decayRate < 1 ? max(value, endValue) : min(value, endValue)
        }

        public var facts: ScheduleFacts {
            guard let endValue, decayRate < 1 else { return ScheduleFacts() }
            return ScheduleFacts(bounds: [
                RateBounds(
                    lowName: "end_value", low: endValue, highName: "init_value",
                    high: initValue)
            ])
        }
    }
}
