extension HuggingFace {
    /// `get_linear_schedule_with_warmup`: linear warmup from 0 to `lr`, then linear decay to 0 at
    /// `numTrainingSteps`, and 0 after.
    public struct Linear: Schedule, Equatable {
        /// The optimizer's base rate.
        public var lr: Double
        /// Steps of linear warmup.
        public var numWarmupSteps: Int
        /// The step at which the rate reaches zero.
        public var numTrainingSteps: Int

        /// Creates the schedule.
        public init(lr: Double, numWarmupSteps: Int, numTrainingSteps: Int) {
            self.lr = lr
            self.numWarmupSteps = numWarmupSteps
            self.numTrainingSteps = numTrainingSteps
        }

        public func rate(at step: Int) -> Double {
            let t = max(step, 0)
            if t < numWarmupSteps { return lr * HuggingFace.warmupFactor(t, numWarmupSteps) }
            let remaining = Double(numTrainingSteps - t) / Double(max(1, numTrainingSteps - numWarmupSteps))
            return lr * max(0, remaining)
        }

        public var facts: ScheduleFacts {
            ScheduleFacts(warmupSteps: numWarmupSteps, totalSteps: numTrainingSteps)
        }
    }
}
