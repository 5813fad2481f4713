import Foundation

extension Timm {
    /// `PolyLRScheduler`: warmup, then cycles of `lrMin + (peak − lrMin) · (1 − t^k / T^k)^power`, settling at
    /// `lrMin` after `cycleLimit` cycles.
    public struct Poly: Schedule, Equatable {
        /// The optimizer's base rate.
        public var lr: Double
        /// Cycle lengths and peaks.
        public var cycles: CycleLayout
        /// Exponent of the decay.
        public var power: Double
        /// Minimum rate.
        public var lrMin: Double
        /// k-decay exponent.
        public var kDecay: Double
        /// Linear warmup.
        public var warmup: WarmupPhase

        /// Creates the schedule with timm's defaults.
        public init(
            lr: Double, cycles: CycleLayout, power: Double = 0.5, lrMin: Double = 0, kDecay: Double = 1,
            warmup: WarmupPhase = WarmupPhase()
        ) {
            self.lr = lr
            self.cycles = cycles
            self.power = power
            self.lrMin = lrMin
            self.kDecay = kDecay
            self.warmup = warmup
        }

        public func rate(at step: Int) -> Double {
            let t = max(step, 0)
            if let warming = warmup.rate(at: t, target: lr) { return warming }
            let (index, length, position) = cycles.locate(warmup.mainStep(t))
            guard let peak = cycles.peak(lr, cycle: index) else { return lrMin }
            return lrMin + (peak - lrMin) * pow(1 - pow(position, kDecay) / pow(length, kDecay), power)
        }

        public var facts: ScheduleFacts {
            ScheduleFacts(
                warmupSteps: warmup.warmupT > 0 ? warmup.warmupT : nil, totalSteps: cycles.totalSteps(warmup: warmup),
                bounds: [RateBounds(lowName: "lr_min", low: lrMin, highName: "lr", high: lr)])
        }
    }
}
