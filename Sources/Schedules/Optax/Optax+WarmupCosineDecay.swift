extension Optax {
    /// `optax.warmup_cosine_decay_schedule`: linear warmup from `initValue` to `peakValue` over `warmupSteps`,
    /// then cosine decay to `endValue`. The warmup counts inside `decaySteps` (the cosine lasts
    /// `decaySteps − warmupSteps`).
    public struct WarmupCosineDecay: Schedule, Equatable {
        /// Rate at step 0.
        public var initValue: Double
        /// Rate at the end of warmup.
        public var peakValue: Double
        /// Steps of linear warmup.
        public var warmupSteps: Int
        /// Total steps, warmup included.
        public var decaySteps: Int
        /// Final rate.
        public var endValue: Double
        /// Exponent of the cosine factor.
        public var exponent: Double

        /// Creates the schedule with optax's defaults; `warmupSteps` must be below `decaySteps`.
        public init(
            initValue: Double, peakValue: Double, warmupSteps: Int, decaySteps: Int, endValue: Double = 0,
            exponent: Double = 1
        ) {
            self.initValue = initValue
            self.peakValue = peakValue
            self.warmupSteps = warmupSteps
            self.decaySteps = decaySteps
            self.endValue = endValue
            self.exponent = exponent
        }

        var warmup: Polynomial {
            Polynomial(initValue: initValue, endValue: peakValue, power: 1, transitionSteps: warmupSteps)
        }

        var decay: CosineDecay {
            CosineDecay(
                initValue: peakValue, decaySteps: decaySteps - warmupSteps,
                alpha: peakValue == 0 ? 0 : endValue / peakValue, exponent: exponent)
        }

        public func rate(at step: Int) -> Double {
            step < warmupSteps ? warmup.rate(at: step) : decay.rate(at: step - warmupSteps)
        }

        public var facts: ScheduleFacts {
            ScheduleFacts(
                warmupSteps: warmupSteps > 0 ? warmupSteps : nil, totalSteps: decaySteps,
                bounds: [RateBounds(lowName: "end_value", low: endValue, highName: "peak_value", high: peakValue)])
        }
    }
}
