import Foundation

extension Keras {
    /// `ExponentialDecay`: `initialLearningRate · decayRate^(t / decaySteps)`, with a floored exponent when
    /// `staircase`.
    public struct ExponentialDecay: Schedule, Equatable {
        /// Rate at step 0.
        public var initialLearningRate: Double
        /// Steps per factor of `decayRate`.
        public var decaySteps: Int
        /// Multiplier per `decaySteps`.
        public var decayRate: Double
        /// Decay in whole steps of `decaySteps`.
        public var staircase: Bool

        /// Creates the schedule with Keras's defaults.
        public init(initialLearningRate: Double, decaySteps: Int, decayRate: Double, staircase: Bool = false) {
            self.initialLearningRate = initialLearningRate
            self.decaySteps = max(decaySteps, 1)
            self.decayRate = decayRate
            self.staircase = staircase
        }

        public func rate(at step: Int) -> Double {
            let p = Keras.progress(step, decaySteps, staircase: staircase)
            return initialLearningRate * pow(decayRate, p)
        }
    }
}
