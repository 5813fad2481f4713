import Foundation

/// PyTorch `CyclicLR`: the rate cycles between `baseLR` and `maxLR` (triangular, triangular2, exp_range).
public struct CyclicRate: Schedule, Equatable {
    /// The amplitude policy of `CyclicLR`.
    public enum Mode: String, Sendable, CaseIterable, Codable {
        /// Constant amplitude.
        case triangular
        /// Amplitude halves every cycle.
        case triangular2
        /// Amplitude scales by `gamma^step`.
        case expRange = "exp_range"
    }

    /// Lower rate of the cycle.
    public var baseLR: Double
    /// Upper rate of the cycle.
    public var maxLR: Double
    /// Steps from low to high.
    public var stepSizeUp: Int
    /// Steps from high to low.
    public var stepSizeDown: Int
    /// Amplitude policy.
    public var mode: Mode
    /// Decay for `exp_range`.
    public var gamma: Double
    /// Momentum at the top of the rate cycle (PyTorch's `base_momentum`).
    public var baseMomentum: Double
    /// Momentum at the bottom of the rate cycle (PyTorch's `max_momentum`).
    public var maxMomentum: Double

    /// Creates a cyclic schedule with PyTorch's defaults; `stepSizeDown` defaults to `stepSizeUp`.
    public init(
        baseLR: Double, maxLR: Double, stepSizeUp: Int = 2000, stepSizeDown: Int? = nil, mode: Mode = .triangular,
        gamma: Double = 1, baseMomentum: Double = 0.8, maxMomentum: Double = 0.9
    ) {
        self.baseLR = baseLR
        self.maxLR = maxLR
        self.stepSizeUp = stepSizeUp
        self.stepSizeDown = stepSizeDown ?? stepSizeUp
        self.mode = mode
        self.gamma = gamma
        self.baseMomentum = baseMomentum
        self.maxMomentum = maxMomentum
    }

    /// The fraction of the current cycle's height at `step` and the amplitude scale, in PyTorch's operation order.
    func shape(at step: Int) -> (scaleFactor: Double, amplitude: Double) {
        let t = Double(max(step, 0))
        let totalSize = Double(stepSizeUp + stepSizeDown)
        let stepRatio = Double(stepSizeUp) / totalSize
        let cycle = (1 + t / totalSize).rounded(.down)
        let x = 1.0 + t / totalSize - cycle
        let scaleFactor = x <= stepRatio ? x / stepRatio : (x - 1) / (stepRatio - 1)
        let amplitude: Double =
            switch mode {
            case .triangular: 1
            case .triangular2: 1 / pow(2.0, cycle - 1)
            case .expRange: pow(gamma, t)
            }
        return (scaleFactor, amplitude)
    }

    public func rate(at step: Int) -> Double {
        let (scaleFactor, amplitude) = shape(at: step)
        return baseLR + (maxLR - baseLR) * scaleFactor * amplitude
    }

    /// The momentum companion: it falls as the rate rises (PyTorch's `cycle_momentum`).
    public var momentum: CyclicMomentum { CyclicMomentum(cycle: self) }

    public var facts: ScheduleFacts {
        ScheduleFacts(bounds: [RateBounds(lowName: "base_lr", low: baseLR, highName: "max_lr", high: maxLR)])
    }
}

/// The momentum that PyTorch's `CyclicLR` sets beside its rate: `max_momentum` at the cycle's low rate.
public struct CyclicMomentum: Schedule, Equatable {
    /// The rate cycle this momentum follows.
    public var cycle: CyclicRate

    public func rate(at step: Int) -> Double {
        let (scaleFactor, amplitude) = cycle.shape(at: step)
        let height = (cycle.maxMomentum - cycle.baseMomentum) * scaleFactor
        return cycle.maxMomentum - height * amplitude
    }
}
