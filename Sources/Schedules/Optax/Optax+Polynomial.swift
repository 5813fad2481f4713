import Foundation

extension Optax {
    /// `optax.polynomial_schedule` (and `linear_schedule` with `power` 1): from `initValue` to `endValue` over
    /// `transitionSteps` steps starting at `transitionBegin`, then `endValue`.
    public struct Polynomial: Schedule, Equatable {
        /// Rate before and at `transitionBegin`.
        public var initValue: Double
        /// Rate from `transitionBegin + transitionSteps` on.
        public var endValue: Double
        /// Exponent of the curve.
        public var power: Double
        /// Steps of the transition; 0 or less gives a constant `initValue`, as in optax.
        public var transitionSteps: Int
        /// Step at which the transition starts.
        public var transitionBegin: Int

        /// Creates the schedule.
        public init(initValue: Double, endValue: Double, power: Double, transitionSteps: Int, transitionBegin: Int = 0)
        {
            self.initValue = initValue
            self.endValue = endValue
            self.power = power
            self.transitionSteps = transitionSteps
            self.transitionBegin = max(transitionBegin, 0)
        }

        public func rate(at step: Int) -> Double {
            guard transitionSteps > 0 else { return initValue }
            let count = Double(min(max(step - transitionBegin, 0), transitionSteps))
            let remaining = 1 - count / Double(transitionSteps)
            return (initValue - endValue) * pow(remaining, power) + endValue
        }

        public var facts: ScheduleFacts {
            ScheduleFacts(totalSteps: transitionBegin + transitionSteps)
        }
    }
}
