import Foundation

/// PyTorch `OneCycleLR`: warm up from `maxLR/divFactor` to `maxLR`, then anneal to `initial/finalDivFactor`.
///
/// PyTorch raises an error when stepped more than `totalSteps` times; here the rate past that point
/// holds the final minimum, and lint reports the overrun.
public struct OneCycle: Schedule, Equatable {
    /// How each phase interpolates.
    public enum Anneal: String, Sendable, CaseIterable, Codable {
        /// Half-cosine interpolation.
        case cos
        /// Linear interpolation.
        case linear
    }

    /// Peak rate.
    public var maxLR: Double
    /// Steps in the cycle.
    public var totalSteps: Int
    /// Fraction of steps spent increasing.
    public var pctStart: Double
    /// Interpolation of each phase.
    public var annealStrategy: Anneal
    /// Initial rate is `maxLR / divFactor`.
    public var divFactor: Double
    /// Final rate is `initial / finalDivFactor`.
    public var finalDivFactor: Double
    /// Use three phases (up, down to initial, annihilate) as fastai did.
    public var threePhase: Bool
    /// Momentum at the peak rate.
    public var baseMomentum: Double
    /// Momentum at the start and end.
    public var maxMomentum: Double

    /// Creates a one-cycle schedule with PyTorch's defaults.
    public init(
        maxLR: Double, totalSteps: Int, pctStart: Double = 0.3, annealStrategy: Anneal = .cos,
        divFactor: Double = 25, finalDivFactor: Double = 1e4, threePhase: Bool = false,
        baseMomentum: Double = 0.85, maxMomentum: Double = 0.95
    ) {
        self.maxLR = maxLR
        self.totalSteps = totalSteps
        self.pctStart = pctStart
        self.annealStrategy = annealStrategy
        self.divFactor = divFactor
        self.finalDivFactor = finalDivFactor
        self.threePhase = threePhase
        self.baseMomentum = baseMomentum
        self.maxMomentum = maxMomentum
    }

    /// Rate at step 0.
    public var initialLR: Double { maxLR / divFactor }
    /// Rate at the last step.
    public var minLR: Double { initialLR / finalDivFactor }

    /// Interpolates rate (or momentum) in PyTorch's phase walk; past `totalSteps` the value holds at its end.
    ///
    /// Phases end at `pct_start·total − 1`, (`2·pct_start·total − 2`,) `total − 1`, as in torch, so step
    /// `total_steps` (the last one torch allows) extrapolates the final phase slightly. No allocation: this runs
    /// every step.
    @inline(__always)
    func value(at step: Int, momentum: Bool) -> Double {
        let total = Double(totalSteps)
        let last = total - 1
        if step > totalSteps { return momentum ? maxMomentum : minLR }
        let t = Double(max(step, 0))
        let upEnd = pctStart * total - 1
        if t <= upEnd {
            return momentum
                ? interpolate(maxMomentum, baseMomentum, from: 0, to: upEnd, at: t)
                : interpolate(initialLR, maxLR, from: 0, to: upEnd, at: t)
        }
        guard threePhase else {
            return momentum
                ? interpolate(baseMomentum, maxMomentum, from: upEnd, to: last, at: t)
                : interpolate(maxLR, minLR, from: upEnd, to: last, at: t)
        }
        let downEnd = 2 * pctStart * total - 2
        if t <= downEnd {
            return momentum
                ? interpolate(baseMomentum, maxMomentum, from: upEnd, to: downEnd, at: t)
                : interpolate(maxLR, initialLR, from: upEnd, to: downEnd, at: t)
        }
        return momentum
            ? maxMomentum : interpolate(initialLR, minLR, from: downEnd, to: last, at: t)
    }

    /// One phase's value at `t`, with torch's `pct = (t − start) / (end − start)`.
    ///
    /// torch divides by zero (and raises) when a phase is empty, e.g. `pct_start · total_steps == 1`;
    /// here an empty phase gives its end value.
    @inline(__always)
    func interpolate(_ start: Double, _ end: Double, from startStep: Double, to endStep: Double, at t: Double) -> Double
    {
        let pct = endStep == startStep ? 1 : (t - startStep) / (endStep - startStep)
        switch annealStrategy {
        case .cos: return end + (start - end) / 2 * (cos(Double.pi * pct) + 1)
        case .linear: return (end - start) * pct + start
        }
    }

    public func rate(at step: Int) -> Double { value(at: step, momentum: false) }

    /// The momentum companion: high when the rate is low (PyTorch's `cycle_momentum`).
    public var momentum: OneCycleMomentum { OneCycleMomentum(cycle: self) }

    public var facts: ScheduleFacts {
        ScheduleFacts(
            warmupSteps: Int((pctStart * Double(totalSteps)).rounded(.down)), totalSteps: totalSteps,
            failsPastTotal: true)
    }
}

/// The momentum that PyTorch's `OneCycleLR` sets beside its rate.
public struct OneCycleMomentum: Schedule, Equatable {
    /// The rate cycle this momentum follows.
    public var cycle: OneCycle

    public func rate(at step: Int) -> Double { cycle.value(at: step, momentum: true) }
}
