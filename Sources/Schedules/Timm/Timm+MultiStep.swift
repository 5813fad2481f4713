import Foundation

extension Timm {
    /// `MultiStepLRScheduler`: warmup, then `lr · decayRate^n` with `n` the milestones `m` where `m <= t + 1`.
    ///
    /// timm compares against `t + 1`, so each decay lands one step before its milestone (unlike PyTorch's
    /// `MultiStepLR`); this reproduces timm.
    public struct MultiStep: Schedule, Equatable {
        /// The optimizer's base rate.
        public var lr: Double
        /// Milestones, increasing.
        public var decayT: [Int]
        /// Multiplier per milestone.
        public var decayRate: Double
        /// Linear warmup (a prefix by default in timm's step schedulers).
        public var warmup: WarmupPhase

        /// Creates the schedule with timm's defaults.
        public init(
            lr: Double, decayT: [Int], decayRate: Double = 1,
            warmup: WarmupPhase = WarmupPhase(prefix: true)
        ) {
            self.lr = lr
            self.decayT = decayT.sorted()
            self.decayRate = decayRate
            self.warmup = warmup
        }

        public func rate(at step: Int) -> Double {
            let t = max(step, 0)
            if let warming = warmup.rate(at: t, target: lr) { return warming }
            let main = warmup.mainStep(t)
            let passed = decayT.count { $0 <= main + 1 }
            return lr * pow(decayRate, Double(passed))
        }

        public var facts: ScheduleFacts {
            ScheduleFacts(warmupSteps: warmup.warmupT > 0 ? warmup.warmupT : nil)
        }
    }
}
