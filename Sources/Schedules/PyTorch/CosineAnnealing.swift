import Foundation

/// PyTorch `CosineAnnealingLR`: a half cosine from `lr` to `etaMin` over `tMax` steps.
///
/// Like PyTorch, the rate is not clamped after `tMax`: the cosine continues and rises again. torch's `step()`
/// computes it recursively (a ratio of cosines, with a special case one step after each trough); this closed form
/// agrees with it to rounding (checked to 1e-9 relative against torch 2.x, including past `tMax` and `etaMin > lr`).
public struct CosineAnnealing: Schedule, Equatable {
    /// Initial rate.
    public var lr: Double
    /// Steps of the half period.
    public var tMax: Int
    /// Minimum rate.
    public var etaMin: Double

    /// Creates a cosine annealing schedule.
    public init(lr: Double, tMax: Int, etaMin: Double = 0) {
        self.lr = lr
        self.tMax = max(tMax, 1)
        self.etaMin = etaMin
    }

    public func rate(at step: Int) -> Double {
        let t = Double(max(step, 0))
        return etaMin + (lr - etaMin) * (1 + cos(Double.pi * t / Double(tMax))) / 2
    }

    public var facts: ScheduleFacts {
        ScheduleFacts(totalSteps: tMax, bounds: [RateBounds(lowName: "eta_min", low: etaMin, highName: "lr", high: lr)])
    }
}
