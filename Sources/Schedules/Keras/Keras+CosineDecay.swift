import Foundation

extension Keras {
    /// `CosineDecay`: cosine from the start rate to `alpha` times it over `decaySteps`, then hold; with a
    /// `warmupTarget`, first a linear warmup from `initialLearningRate` to `warmupTarget` over `warmupSteps`, and
    /// the decay (from `warmupTarget`) comes after it, so the schedule lasts `warmupSteps + decaySteps`.
    public struct CosineDecay: Schedule, Equatable {
        /// Rate at step 0.
        public var initialLearningRate: Double
        /// Steps of the cosine decay (after warmup).
        public var decaySteps: Int
        /// Final rate as a fraction of the decay's start rate.
        public var alpha: Double
        /// Rate at the end of warmup; `nil` means no warmup.
        public var warmupTarget: Double?
        /// Steps of linear warmup (used only with `warmupTarget`).
        public var warmupSteps: Int

        /// Creates the schedule with Keras's defaults.
        public init(
            initialLearningRate: Double, decaySteps: Int, alpha: Double = 0, warmupTarget: Double? = nil,
            warmupSteps: Int = 0
        ) {
            self.initialLearningRate = initialLearningRate
            self.decaySteps = max(decaySteps, 1)
            self.alpha = alpha
            self.warmupTarget = warmupTarget
            self.warmupSteps = warmupSteps
        }

        func decay(_ t: Double, from start: Double) -> Double {
            let fraction = t / Double(decaySteps)
            let cosine = 0.5 * (1.0 + cos(Double.pi * fraction))
            return start * ((1 - alpha) * cosine + alpha)
        }

        public func rate(at step: Int) -> Double {
            let t = Double(max(step, 0))
            guard let warmupTarget else { return decay(min(t, Double(decaySteps)), from: initialLearningRate) }
            let warmup = Double(warmupSteps)
            let clipped = min(t, Double(decaySteps) + warmup)
            guard clipped < warmup else { return decay(clipped - warmup, from: warmupTarget) }
            return (warmupTarget - initialLearningRate) * (clipped / warmup) + initialLearningRate
        }

        public var facts: ScheduleFacts {
            let hasWarmup = warmupTarget != nil && warmupSteps > 0
            return ScheduleFacts(
                warmupSteps: hasWarmup ? warmupSteps : nil,
                totalSteps: decaySteps + (warmupTarget != nil ? warmupSteps : 0))
        }
    }
}
