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

    struct Phase {
        var endStep: Double
        var startRate: Double
        var endRate: Double
        var startMomentum: Double
        var endMomentum: Double
    }

    var phases: [Phase] {
        let total = Double(totalSteps)
        if threePhase {
            return [
                Phase(endStep: pctStart * total - 1, startRate: initialLR, endRate: maxLR,
                      startMomentum: maxMomentum, endMomentum: baseMomentum),
                Phase(endStep: 2 * pctStart * total - 2, startRate: maxLR, endRate: initialLR,
                      startMomentum: baseMomentum, endMomentum: maxMomentum),
                Phase(endStep: total - 1, startRate: initialLR, endRate: minLR,
                      startMomentum: maxMomentum, endMomentum: maxMomentum),
            ]
        }
        return [
            Phase(endStep: pctStart * total - 1, startRate: initialLR, endRate: maxLR,
                  startMomentum: maxMomentum, endMomentum: baseMomentum),
            Phase(endStep: total - 1, startRate: maxLR, endRate: minLR,
                  startMomentum: baseMomentum, endMomentum: maxMomentum),
        ]
    }

    func anneal(_ start: Double, _ end: Double, _ pct: Double) -> Double {
        switch annealStrategy {
        case .cos: end + (start - end) / 2 * (cos(Double.pi * pct) + 1)
        case .linear: (end - start) * pct + start
        }
    }

    /// Interpolates rate (or momentum) in PyTorch's phase walk; past `totalSteps` the value holds at its end.
    func value(at step: Int, momentum: Bool) -> Double {
        let all = phases
        if step > totalSteps, let last = all.last { return momentum ? last.endMomentum : last.endRate }
        let t = Double(max(step, 0))
        var startStep = 0.0
        for (index, phase) in all.enumerated() {
            if t <= phase.endStep || index == all.count - 1 {
                let pct = (t - startStep) / (phase.endStep - startStep)
                return momentum
                    ? anneal(phase.startMomentum, phase.endMomentum, pct)
                    : anneal(phase.startRate, phase.endRate, pct)
            }
            startStep = phase.endStep
        }
        return minLR
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
