import Foundation

extension HuggingFace {
    /// `get_inverse_sqrt_schedule`: linear warmup, then `lr / sqrt((t + timescale − warmup) / timescale)`.
    public struct InverseSqrt: Schedule, Equatable {
        /// The optimizer's base rate.
        public var lr: Double
        /// Steps of linear warmup.
        public var numWarmupSteps: Int
        /// The decay's time scale; transformers uses `numWarmupSteps`, or 10 000 when that is 0.
        public var timescale: Int

        /// Creates the schedule; a `nil` timescale takes transformers' default.
        public init(lr: Double, numWarmupSteps: Int, timescale: Int? = nil) {
            self.lr = lr
            self.numWarmupSteps = numWarmupSteps
            self.timescale = timescale ?? (numWarmupSteps > 0 ? numWarmupSteps : 10_000)
        }

        public func rate(at step: Int) -> Double {
            let t = max(step, 0)
            if t < numWarmupSteps { return lr * HuggingFace.warmupFactor(t, numWarmupSteps) }
            let shift = timescale - numWarmupSteps
            return lr * (1.0 / sqrt(Double(t + shift) / Double(timescale)))
        }

        public var facts: ScheduleFacts {
            ScheduleFacts(warmupSteps: numWarmupSteps > 0 ? numWarmupSteps : nil)
        }
    }
}
