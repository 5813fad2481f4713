import Foundation

extension Keras {
    /// `CosineDecayRestarts` (SGDR): cosine cycles, the first `firstDecaySteps` long, each `tMul` times longer
    /// than the last and starting `mMul` times lower, decaying to `alpha` times the start rate.
    public struct CosineDecayRestarts: Schedule, Equatable {
        /// Rate at step 0.
        public var initialLearningRate: Double
        /// Length of the first cycle.
        public var firstDecaySteps: Int
        /// Growth of each cycle's length.
        public var tMul: Double
        /// Factor on each cycle's start rate.
        public var mMul: Double
        /// Final rate of a cycle as a fraction of the start rate.
        public var alpha: Double

        /// Creates the schedule with Keras's defaults.
        public init(
            initialLearningRate: Double, firstDecaySteps: Int, tMul: Double = 2, mMul: Double = 1, alpha: Double = 0
        ) {
            self.initialLearningRate = initialLearningRate
            self.firstDecaySteps = max(firstDecaySteps, 1)
            self.tMul = tMul
            self.mMul = mMul
            self.alpha = alpha
        }

        public func rate(at step: Int) -> Double {
            if tMul == 1 {
                var fraction = Double(max(step, 0)) / Double(firstDecaySteps)
                let restart = fraction.rounded(.down)
                fraction -= restart
                return value(fraction: fraction, scale: mMul == 1 ? 1 : pow(mMul, restart))
            }
            return rate(at: step, in: Cycle(self, restart: restart(at: step)))
        }

        /// The whole curve; the cycle's growth and scale are computed once per cycle instead of once per step,
        /// with the same operations as `rate(at:)`, so every value is identical.
        public func rates(steps: Int) -> [Double] {
            guard tMul != 1, steps > 0 else { return (0..<max(steps, 0)).map { rate(at: $0) } }
            var out: [Double] = []
            out.reserveCapacity(steps)
            var step = 0
            while step < steps {
                let index = restart(at: step)
                guard index.isFinite else {
                    out.append(rate(at: step))
                    step += 1
                    continue
                }
                // The cycle index only grows with the step, so its end is found by bisection.
                var low = step, high = steps
                while low + 1 < high {
                    let middle = (low + high) / 2
                    if restart(at: middle) == index { low = middle } else { high = middle }
                }
                let cycle = Cycle(self, restart: index)
                for t in step..<high { out.append(rate(at: t, in: cycle)) }
                step = high
            }
            return out
        }

        /// Keras's closed form for the cycle index of a geometric series of cycle lengths.
        func restart(at step: Int) -> Double {
            let fraction = Double(max(step, 0)) / Double(firstDecaySteps)
            return (log(1.0 - fraction * (1.0 - tMul)) / log(tMul)).rounded(.down)
        }

        /// What stays fixed within one cycle.
        struct Cycle {
            let growth: Double
            let completed: Double
            let scale: Double

            init(_ schedule: CosineDecayRestarts, restart: Double) {
                growth = pow(schedule.tMul, restart)
                completed = (1.0 - growth) / (1.0 - schedule.tMul)
                scale = schedule.mMul == 1 ? 1 : pow(schedule.mMul, restart)
            }
        }

        func rate(at step: Int, in cycle: Cycle) -> Double {
            let fraction = Double(max(step, 0)) / Double(firstDecaySteps)
            return value(fraction: (fraction - cycle.completed) / cycle.growth, scale: cycle.scale)
        }

        func value(fraction: Double, scale: Double) -> Double {
            let cosine = 0.5 * scale * (1.0 + cos(Double.pi * fraction))
            return initialLearningRate * ((1 - alpha) * cosine + alpha)
        }

        public var facts: ScheduleFacts {
            ScheduleFacts(
                bounds: [
                    RateBounds(
                        lowName: "alpha · initial_learning_rate", low: alpha * initialLearningRate,
                        highName: "initial_learning_rate", high: initialLearningRate)
                ])
        }
    }
}
