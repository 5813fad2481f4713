import Foundation

extension HuggingFace {
    /// `get_cosine_with_hard_restarts_schedule_with_warmup`: linear warmup, then `numCycles` half cosines from
    /// `lr` to 0, each restarting at `lr`; 0 from `numTrainingSteps` on.
    public struct CosineWithHardRestarts: Schedule, Equatable {
        /// The optimizer's base rate.
        public var lr: Double
        /// Steps of linear warmup.
        public var numWarmupSteps: Int
        /// The step at which the last cycle ends.
        public var numTrainingSteps: Int
        /// Number of hard restarts (cycles) after warmup.
        public var numCycles: Int

        /// Creates the schedule.
        public init(lr: Double, numWarmupSteps: Int, numTrainingSteps: Int, numCycles: Int = 1) {
            self.lr = lr
            self.numWarmupSteps = numWarmupSteps
            self.numTrainingSteps = numTrainingSteps
            self.numCycles = numCycles
        }

        public func rate(at step: Int) -> Double {
            let t = max(step, 0)
            if t < numWarmupSteps { return lr * HuggingFace.warmupFactor(t, numWarmupSteps) }
            let progress = Double(t - numWarmupSteps) / Double(max(1, numTrainingSteps - numWarmupSteps))
            if progress >= 1 { return 0 }
            // Python's `%` on a non-negative float: the fractional part.
            let phase = (Double(numCycles) * progress).truncatingRemainder(dividingBy: 1.0)
            return lr * max(0, 0.5 * (1.0 + cos(Double.pi * phase)))
        }

        public var facts: ScheduleFacts {
            ScheduleFacts(warmupSteps: numWarmupSteps, totalSteps: numTrainingSteps)
        }
    }
}
