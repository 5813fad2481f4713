/// A hyperparameter that follows a rate schedule's shape, mapped onto its own range and optionally inverted.
///
/// `value = high − (high − low) · (rate − rateLow) / (rateHigh − rateLow)` when inverted (momentum falls as the
/// rate rises, as in one-cycle and cyclic training), or the same rising when not. Works for any hyperparameter:
/// momentum, Adam's beta1, weight decay.
public struct CompanionSchedule: Schedule {
    /// The schedule whose shape is followed.
    public let shape: any Schedule
    /// The shape's lowest rate, mapped to `high` when inverted.
    public let rateLow: Double
    /// The shape's highest rate, mapped to `low` when inverted.
    public let rateHigh: Double
    /// The hyperparameter's lower value.
    public let low: Double
    /// The hyperparameter's upper value.
    public let high: Double
    /// Whether the hyperparameter falls as the rate rises.
    public let inverted: Bool

    /// Follows `shape` between `low` and `high`; the shape's range is measured over its first `horizon` steps.
    public init(following shape: any Schedule, low: Double, high: Double, inverted: Bool = true, horizon: Int) {
        let rates = shape.rates(steps: max(horizon, 1))
        self.shape = shape
        self.rateLow = rates.min() ?? 0
        self.rateHigh = rates.max() ?? 0
        self.low = low
        self.high = high
        self.inverted = inverted
    }

    public func rate(at step: Int) -> Double {
        let span = rateHigh - rateLow
        let position = span > 0 ? (shape.rate(at: step) - rateLow) / span : 0
        return inverted ? high - (high - low) * position : low + (high - low) * position
    }

    /// The shape's own curve, mapped (identical to `rate(at:)` per step).
    public func rates(steps: Int) -> [Double] {
        let span = rateHigh - rateLow
        return shape.rates(steps: steps).map { rate in
            let position = span > 0 ? (rate - rateLow) / span : 0
            return inverted ? high - (high - low) * position : low + (high - low) * position
        }
    }
}
