import Foundation

extension HuggingFace {
    /// `get_cosine_schedule_with_warmup` and `get_cosine_with_min_lr_schedule_with_warmup`: linear warmup, then
    /// `numCycles` cosine waves from `lr` towards `lr · minLRRate`, floored at zero.
    ///
    /// With the default half wave the rate ends at `lr · minLRRate`; past `numTrainingSteps` the cosine continues,
    /// as in transformers.
    public struct Cosine: Schedule, Equatable {
        /// The optimizer's base rate.
        public var lr: Double
        /// Steps of linear warmup.
        public var numWarmupSteps: Int
        /// The step at which `numCycles` waves are complete.
        public var numTrainingSteps: Int
        /// Cosine waves after warmup (0.5 is a half cosine down to the minimum).
        public var numCycles: Double
        /// The minimum rate as a fraction of `lr`.
        public var minLRRate: Double

        /// Creates the schedule.
        public init(
            lr: Double, numWarmupSteps: Int, numTrainingSteps: Int, numCycles: Double = 0.5,
            minLRRate: Double = 0
        ) {
            self.lr = lr
            self.numWarmupSteps = numWarmupSteps
            self.numTrainingSteps = numTrainingSteps
            self.numCycles = numCycles
            self.minLRRate = minLRRate
        }

        public func rate(at step: Int) -> Double {
            let t = max(step, 0)
            if t < numWarmupSteps { return lr * HuggingFace.warmupFactor(t, numWarmupSteps) }
            let progress = Double(t - numWarmupSteps) / Double(max(1, numTrainingSteps - numWarmupSteps))
            let wave = 0.5 * (1.0 + cos(Double.pi * numCycles * 2.0 * progress))
            return lr * max(0, wave * (1 - minLRRate) + minLRRate)
        }

        public var facts: ScheduleFacts {
            ScheduleFacts(
                warmupSteps: numWarmupSteps, totalSteps: numTrainingSteps,
                bounds: [RateBounds(lowName: "min_lr", low: lr * minLRRate, highName: "lr", high: lr)])
        }
    }
}
