import Foundation

extension Timm {
    /// `StepLRScheduler`: warmup, then `lr · decayRate^⌊t / decayT⌋`.
    public struct Step: Schedule, Equatable {
        /// The optimizer's base rate.
        public var lr: Double
        /// Steps between decays (may be fractional, as in timm).
        public var decayT: Double
        /// Multiplier per decay.
        public var decayRate: Double
        /// Linear warmup (a prefix by default in timm's step schedulers).
        public var warmup: WarmupPhase

        /// Creates the schedule with timm's defaults.
        public init(
            lr: Double, decayT: Double, decayRate: Double = 1,
            warmup: WarmupPhase = WarmupPhase(prefix: true)
        ) {
            self.lr = lr
            self.decayT = decayT
            self.decayRate = decayRate
            self.warmup = warmup
        }

        public func rate(at step: Int) -> Double {
            let t = max(step, 0)
            if let warming = warmup.rate(at: t, target: lr) { return warming }
            return lr * pow(decayRate, Timm.floorDivide(Double(warmup.mainStep(t)), decayT))
        }

        /// The whole curve; `decay_rate^k` is computed once per decay instead of once per step (identical values).
        public func rates(steps: Int) -> [Double] {
            var out: [Double] = []
            out.reserveCapacity(max(steps, 0))
            var exponent = Double.nan, factor = 1.0
            for t in 0..<max(steps, 0) {
                if let warming = warmup.rate(at: t, target: lr) {
                    out.append(warming)
                    continue
                }
                let next = Timm.floorDivide(Double(warmup.mainStep(t)), decayT)
                if next != exponent {
                    exponent = next
                    factor = pow(decayRate, next)
                }
                out.append(lr * factor)
            }
            return out
        }

        public var facts: ScheduleFacts {
            ScheduleFacts(warmupSteps: warmup.warmupT > 0 ? warmup.warmupT : nil)
        }
    }

    /// Python's float `a // b` (computed through `fmod`, as CPython does), so fractional `decay_t` matches timm.
    static func floorDivide(_ a: Double, _ b: Double) -> Double {
        let mod = fmod(a, b)
        var quotient = (a - mod) / b
        if mod != 0, (b < 0) != (mod < 0) { quotient -= 1 }
        guard quotient != 0 else { return 0 }
        var floored = quotient.rounded(.down)
        if quotient - floored > 0.5 { floored += 1 }
        return floored
    }
}
