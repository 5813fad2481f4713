import Foundation

extension Timm {
    /// `CosineLRScheduler`: warmup, then cosine cycles from `lr · cycleDecay^i` to `lrMin`, optionally with
    /// k-decay (`t^k / T^k`), settling at `lrMin` after `cycleLimit` cycles.
    public struct Cosine: Schedule, Equatable {
        /// The optimizer's base rate.
        public var lr: Double
        /// Cycle lengths and peaks.
        public var cycles: CycleLayout
        /// Minimum rate.
        public var lrMin: Double
        /// k-decay exponent (1 is a plain cosine).
        public var kDecay: Double
        /// Linear warmup.
        public var warmup: WarmupPhase

        /// Creates the schedule with timm's defaults.
        public init(
            lr: Double, cycles: CycleLayout, lrMin: Double = 0, kDecay: Double = 1,
            warmup: WarmupPhase = WarmupPhase()
        ) {
            self.lr = lr
            self.cycles = cycles
            self.lrMin = lrMin
            self.kDecay = kDecay
            self.warmup = warmup
        }

        public func rate(at step: Int) -> Double {
            let t = max(step, 0)
            if let warming = warmup.rate(at: t, target: lr) { return warming }
            let (index, length, position) = cycles.locate(warmup.mainStep(t))
            guard let peak = cycles.peak(lr, cycle: index) else { return lrMin }
            let phase = Double.pi * pow(position, kDecay) / pow(length, kDecay)
            return lrMin + 0.5 * (peak - lrMin) * (1 + cos(phase))
        }

        public var facts: ScheduleFacts {
            ScheduleFacts(
                warmupSteps: warmup.warmupT > 0 ? warmup.warmupT : nil, totalSteps: cycles.totalSteps(warmup: warmup),
                bounds: [RateBounds(lowName: "lr_min", low: lrMin, highName: "lr", high: lr)])
        }
    }
}
