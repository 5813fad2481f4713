import Foundation

extension HuggingFace {
    /// `get_polynomial_decay_schedule_with_warmup`: linear warmup, then `(lr − lrEnd) · (1 − p)^power + lrEnd`,
    /// and `lrEnd` after `numTrainingSteps`. `lrEnd` is an absolute rate and must be below `lr`.
    public struct Polynomial: Schedule, Equatable {
        /// The optimizer's base rate.
        public var lr: Double
        /// Steps of linear warmup.
        public var numWarmupSteps: Int
        /// The step at which the rate reaches `lrEnd`.
        public var numTrainingSteps: Int
        /// The final rate (absolute).
        public var lrEnd: Double
        /// The polynomial's exponent.
        public var power: Double

        /// Creates the schedule.
        public init(lr: Double, numWarmupSteps: Int, numTrainingSteps: Int, lrEnd: Double = 1e-7, power: Double = 1) {
            self.lr = lr
            self.numWarmupSteps = numWarmupSteps
            self.numTrainingSteps = numTrainingSteps
            self.lrEnd = lrEnd
            self.power = power
        }

        public func rate(at step: Int) -> Double {
            let t = max(step, 0)
            if t < numWarmupSteps { return lr * HuggingFace.warmupFactor(t, numWarmupSteps) }
            if t > numTrainingSteps { return lr * (lrEnd / lr) }
            let remaining = 1 - Double(t - numWarmupSteps) / Double(max(1, numTrainingSteps - numWarmupSteps))
            return lr * (((lr - lrEnd) * pow(remaining, power) + lrEnd) / lr)
        }

        public var facts: ScheduleFacts {
            ScheduleFacts(
                warmupSteps: numWarmupSteps, totalSteps: numTrainingSteps,
                bounds: [RateBounds(lowName: "lr_end", low: lrEnd, highName: "lr", high: lr)])
        }
    }
}
