extension Optax {
    /// `optax.warmup_exponential_decay_schedule`: linear warmup from `initValue` to `peakValue` over
    /// `warmupSteps`, then `optax.exponential_decay` from `peakValue`, counted from the end of warmup.
    public struct WarmupExponentialDecay: Schedule, Equatable {
        /// Rate at step 0.
        public var initValue: Double
        /// Steps of linear warmup.
        public var warmupSteps: Int
        /// The decay after warmup, starting from the peak.
        public var decay: ExponentialDecay

        /// Creates the schedule with optax's defaults.
        public init(
            initValue: Double, peakValue: Double, warmupSteps: Int, transitionSteps: Int, decayRate: Double,
            transitionBegin: Int = 0, staircase: Bool = false, endValue: Double? = nil
        ) {
            self.initValue = initValue
            self.warmupSteps = warmupSteps
            self.decay = ExponentialDecay(
                initValue: peakValue, transitionSteps: transitionSteps, decayRate: decayRate,
                transitionBegin: transitionBegin, staircase: staircase, endValue: endValue)
        }

        public func rate(at step: Int) -> Double {
            guard step >= warmupSteps else {
                let warmup = Polynomial(
                    initValue: initValue, endValue: decay.initValue, power: 1, transitionSteps: warmupSteps)
                return warmup.rate(at: step)
            }
            return decay.rate(at: step - warmupSteps)
        }

        public var facts: ScheduleFacts {
            var facts = decay.facts
            facts.warmupSteps = warmupSteps > 0 ? warmupSteps : nil
            return facts
        }
    }
}
