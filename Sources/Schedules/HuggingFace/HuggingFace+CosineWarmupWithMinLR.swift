import Foundation

extension HuggingFace {
    /// `get_cosine_with_min_lr_schedule_with_warmup_lr_rate` (`cosine_warmup_with_min_lr`): a warmup that never
    /// starts at zero, then a cosine to `lr · minLRRate` that is one step ahead of `hf.cosine_with_min_lr`.
    ///
    /// Warmup is `(t + 1) / warmup`, or from `warmupLRRate` to 1 over `warmup − 1` steps when that is set; the
    /// cosine's progress is `(t − warmup + 1) / (total − warmup)`.
    public struct CosineWarmupWithMinLR: Schedule, Equatable {
        /// The optimizer's base rate.
        public var lr: Double
        /// Steps of warmup.
        public var numWarmupSteps: Int
        /// The step at which `numCycles` waves are complete.
        public var numTrainingSteps: Int
        /// Cosine waves after warmup.
        public var numCycles: Double
        /// The minimum rate as a fraction of `lr`.
        public var minLRRate: Double
        /// The warmup's first rate as a fraction of `lr`; `nil` starts at `lr / warmup`.
        public var warmupLRRate: Double?

        /// Creates the schedule with transformers' defaults.
        public init(
            lr: Double, numWarmupSteps: Int, numTrainingSteps: Int, numCycles: Double = 0.5, minLRRate: Double,
            warmupLRRate: Double? = nil
        ) {
            self.lr = lr
            self.numWarmupSteps = numWarmupSteps
            self.numTrainingSteps = numTrainingSteps
            self.numCycles = numCycles
            self.minLRRate = minLRRate
            self.warmupLRRate = warmupLRRate
        }

        public func rate(at step: Int) -> Double { lr * factor(at: Double(max(step, 0))) }

        func factor(at t: Double) -> Double {
            let warmup = Double(numWarmupSteps)
            if t < warmup {
                guard let start = warmupLRRate else { return (t + 1.0) / max(1.0, warmup) }
                return start + (1.0 - start) * t / max(1, warmup - 1)
            }
            let progress = (t - warmup + 1.0) / max(1.0, Double(numTrainingSteps) - warmup)
            let wave = 0.5 * (1.0 + cos(Double.pi * numCycles * 2.0 * progress))
            return max(0, wave * (1 - minLRRate) + minLRRate)
        }

        public var facts: ScheduleFacts {
            ScheduleFacts(
                warmupSteps: numWarmupSteps > 0 ? numWarmupSteps : nil, totalSteps: numTrainingSteps,
                bounds: [RateBounds(lowName: "min_lr", low: lr * minLRRate, highName: "lr", high: lr)])
        }
    }
}
