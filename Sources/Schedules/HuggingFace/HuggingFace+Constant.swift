extension HuggingFace {
    /// `get_constant_schedule_with_warmup` (and `get_constant_schedule` when `numWarmupSteps` is 0): linear warmup,
    /// then `lr`.
    public struct Constant: Schedule, Equatable {
        /// The optimizer's base rate.
        public var lr: Double
        /// Steps of linear warmup.
        public var numWarmupSteps: Int

        /// Creates the schedule.
        public init(lr: Double, numWarmupSteps: Int = 0) {
            self.lr = lr
            self.numWarmupSteps = numWarmupSteps
        }

        public func rate(at step: Int) -> Double {
            let t = max(step, 0)
            return t < numWarmupSteps ? lr * HuggingFace.warmupFactor(t, numWarmupSteps) : lr
        }

        public var facts: ScheduleFacts {
            ScheduleFacts(warmupSteps: numWarmupSteps > 0 ? numWarmupSteps : nil)
        }
    }
}
