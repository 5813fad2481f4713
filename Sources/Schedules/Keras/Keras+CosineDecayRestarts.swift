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
            var fraction = Double(max(step, 0)) / Double(firstDecaySteps)
            let restart: Double
            if tMul == 1 {
                restart = fraction.rounded(.down)
                fraction -= restart
            } else {
                // Keras's closed form for the cycle index of a geometric series of cycle lengths.
                restart = (log(1.0 - fraction * (1.0 - tMul)) / log(tMul)).rounded(.down)
                let growth = pow(tMul, restart)
                let completed = (1.0 - growth) / (1.0 - tMul)
                fraction = (fraction - completed) / growth
            }
            let scale = mMul == 1 ? 1 : pow(mMul, restart)
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
