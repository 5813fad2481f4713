import Foundation

/// PyTorch `CosineAnnealingWarmRestarts` (SGDR): cosine cycles of `t0·tMult^i` steps, each restarting at `lr`.
public struct CosineAnnealingWarmRestarts: Schedule, Equatable {
    /// Rate at the start of every cycle.
    public var lr: Double
    /// Length of the first cycle.
    public var t0: Int
    /// Growth of the cycle length (an integer ≥ 1, as in PyTorch).
    public var tMult: Int
    /// Minimum rate.
    public var etaMin: Double

    /// Creates a warm-restart schedule.
    public init(lr: Double, t0: Int, tMult: Int = 1, etaMin: Double = 0) {
        self.lr = lr
        self.t0 = max(t0, 1)
        self.tMult = max(tMult, 1)
        self.etaMin = etaMin
    }

    /// The position inside the current cycle and that cycle's length, by exact integer arithmetic.
    public func cycle(at step: Int) -> (index: Int, position: Int, length: Int) {
        var position = max(step, 0)
        var length = t0
        var index = 0
        if tMult == 1 { return (position / t0, position % t0, t0) }
        while position >= length {
            position -= length
            length *= tMult
            index += 1
        }
        return (index, position, length)
    }

    public func rate(at step: Int) -> Double {
        let (_, position, length) = cycle(at: step)
        return etaMin + (lr - etaMin) * (1 + cos(Double.pi * Double(position) / Double(length))) / 2
    }

    public var facts: ScheduleFacts {
        ScheduleFacts(bounds: [RateBounds(lowName: "eta_min", low: etaMin, highName: "lr", high: lr)])
    }
}
