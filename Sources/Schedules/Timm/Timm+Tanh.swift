import Foundation

extension Timm {
    /// `TanhLRScheduler`: warmup, then cycles of `lrMin + (peak − lrMin) · (1 − tanh(lb · (1 − r) + ub · r)) / 2`
    /// with `r` the position in the cycle, settling at `lrMin` after `cycleLimit` cycles.
    ///
    /// Without `prefix`, timm's warmup aims at the tanh curve's value at `warmupT`, not at `lr`.
    public struct Tanh: Schedule, Equatable {
        /// The optimizer's base rate.
        public var lr: Double
        /// Cycle lengths and peaks.
        public var cycles: CycleLayout
        /// Lower bound of the tanh argument.
        public var lb: Double
        /// Upper bound of the tanh argument.
        public var ub: Double
        /// Minimum rate.
        public var lrMin: Double
        /// Linear warmup.
        public var warmup: WarmupPhase

        /// Creates the schedule with timm's defaults.
        public init(
            lr: Double, cycles: CycleLayout, lb: Double = -7, ub: Double = 3, lrMin: Double = 0,
            warmup: WarmupPhase = WarmupPhase()
        ) {
            self.lr = lr
            self.cycles = cycles
            self.lb = lb
            self.ub = ub
            self.lrMin = lrMin
            self.warmup = warmup
        }

        func curve(_ t: Int) -> Double {
            let (index, length, position) = cycles.locate(warmup.mainStep(t))
            guard let peak = cycles.peak(lr, cycle: index) else { return lrMin }
            let r = position / length
            return lrMin + 0.5 * (peak - lrMin) * (1 - tanh(lb * (1.0 - r) + ub * r))
        }

        public func rate(at step: Int) -> Double {
            let t = max(step, 0)
            let target = warmup.prefix ? lr : curve(warmup.warmupT)
            return warmup.rate(at: t, target: target) ?? curve(t)
        }

        public var facts: ScheduleFacts {
            ScheduleFacts(
                warmupSteps: warmup.warmupT > 0 ? warmup.warmupT : nil, totalSteps: cycles.totalSteps(warmup: warmup),
                bounds: [RateBounds(lowName: "lr_min", low: lrMin, highName: "lr", high: lr)])
        }
    }
}
