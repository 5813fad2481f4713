import Foundation

extension Keras {
    /// `PolynomialDecay`: `(initial − end) · (1 − t/decaySteps)^power + end`, holding `end` after `decaySteps`, or
    /// with `cycle` stretching the horizon to the next multiple of `decaySteps`.
    public struct PolynomialDecay: Schedule, Equatable {
        /// Rate at step 0.
        public var initialLearningRate: Double
        /// Steps to reach `endLearningRate`.
        public var decaySteps: Int
        /// Final rate.
        public var endLearningRate: Double
        /// Exponent of the decay.
        public var power: Double
        /// Whether the horizon grows to the next multiple of `decaySteps` instead of holding.
        public var cycle: Bool

        /// Creates the schedule with Keras's defaults.
        public init(
            initialLearningRate: Double, decaySteps: Int, endLearningRate: Double = 0.0001, power: Double = 1,
            cycle: Bool = false
        ) {
            self.initialLearningRate = initialLearningRate
            self.decaySteps = max(decaySteps, 1)
            self.endLearningRate = endLearningRate
            self.power = power
            self.cycle = cycle
        }

        public func rate(at step: Int) -> Double {
            var t = Double(max(step, 0))
            var horizon = Double(decaySteps)
            if cycle {
                let multiplier = t == 0 ? 1.0 : (t / Double(decaySteps)).rounded(.up)
                horizon *= multiplier
            } else {
                t = min(t, horizon)
            }
            let p = t / horizon
            return (initialLearningRate - endLearningRate) * pow(1 - p, power) + endLearningRate
        }

        public var facts: ScheduleFacts {
            ScheduleFacts(
                totalSteps: cycle ? nil : decaySteps,
                bounds: [
                    RateBounds(
                        lowName: "end_learning_rate", low: endLearningRate,
                        highName: "initial_learning_rate", high: initialLearningRate)
                ])
        }
    }
}
