import Foundation

extension Timm {
    /// timm's cycle schedulers — `CosineLRScheduler`, `PolyLRScheduler` and `TanhLRScheduler` — which share warmup,
    /// restart cycles and `lr_min` and differ only in the curve inside a cycle.
    ///
    /// Cycle `i` runs from `lr · cycleDecay^i` down to `lrMin`; after `cycleLimit` cycles the rate stays at `lrMin`.
    public struct Cyclic: Schedule, Equatable {
        /// The curve inside one cycle, at position `t` of a cycle of length `T`.
        public enum Curve: Sendable, Equatable {
            /// `(1 + cos(π · t^k / T^k)) / 2` (`CosineLRScheduler`, `k_decay`).
            case cosine(kDecay: Double)
            /// `(1 − t^k / T^k)^power` (`PolyLRScheduler`).
            case poly(power: Double, kDecay: Double)
            /// `(1 − tanh(lb · (1 − t/T) + ub · t/T)) / 2` (`TanhLRScheduler`).
            case tanh(lb: Double, ub: Double)
        }

        /// The optimizer's base rate.
        public var lr: Double
        /// Cycle lengths and peaks.
        public var cycles: CycleLayout
        /// The curve inside a cycle.
        public var curve: Curve
        /// Minimum rate.
        public var lrMin: Double
        /// Linear warmup.
        public var warmup: WarmupPhase

        /// Creates the schedule with timm's defaults.
        public init(
            lr: Double, cycles: CycleLayout, curve: Curve = .cosine(kDecay: 1), lrMin: Double = 0,
            warmup: WarmupPhase = WarmupPhase()
        ) {
            self.lr = lr
            self.cycles = cycles
            self.curve = curve
            self.lrMin = lrMin
            self.warmup = warmup
        }

        /// The rate after warmup, with timm's arithmetic for each curve.
        func cycleRate(_ t: Int) -> Double {
            let (index, length, position) = cycles.locate(warmup.mainStep(t))
            guard let peak = cycles.peak(lr, cycle: index) else { return lrMin }
            switch curve {
            case .cosine(let k):
                return lrMin + 0.5 * (peak - lrMin) * (1 + cos(Double.pi * pow(position, k) / pow(length, k)))
            case .poly(let power, let k):
                return lrMin + (peak - lrMin) * pow(1 - pow(position, k) / pow(length, k), power)
            case .tanh(let lb, let ub):
                let r = position / length
                return lrMin + 0.5 * (peak - lrMin) * (1 - tanh(lb * (1.0 - r) + ub * r))
            }
        }

        public func rate(at step: Int) -> Double {
            let t = max(step, 0)
            guard t < warmup.warmupT else { return cycleRate(t) }
            // timm's tanh scheduler without a prefix warms up towards the curve's value at warmup_t, not to lr.
            var target = lr
            if case .tanh = curve, !warmup.prefix { target = cycleRate(warmup.warmupT) }
            return warmup.rate(at: t, target: target) ?? cycleRate(t)
        }

        public var facts: ScheduleFacts {
            ScheduleFacts(
                warmupSteps: warmup.warmupT > 0 ? warmup.warmupT : nil, totalSteps: cycles.totalSteps(warmup: warmup),
                bounds: [RateBounds(lowName: "lr_min", low: lrMin, highName: "lr", high: lr)])
        }
    }
}
