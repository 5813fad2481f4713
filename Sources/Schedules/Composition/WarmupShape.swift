import Foundation

/// The curve a warmup follows from `startFactor` to 1.
public enum WarmupShape: String, Sendable, Codable, CaseIterable {
    /// Straight line.
    case linear
    /// Half cosine, slow at both ends.
    case cosine
    /// Geometric growth; needs a start factor above zero.
    case exponential
    /// Holds `startFactor` until the warmup ends (PyTorch's `ConstantLR`).
    case constant

    /// The factor after `step` of `steps` warmup steps.
    public func factor(at step: Int, of steps: Int, startFactor: Double) -> Double {
        guard steps > 0, step < steps else { return 1 }
        let progress = Double(max(step, 0)) / Double(steps)
        switch self {
        case .linear: return startFactor + (1 - startFactor) * progress
        case .cosine: return startFactor + (1 - startFactor) * (1 - cos(Double.pi * progress)) / 2
        case .exponential: return startFactor * pow(1 / startFactor, progress)
        case .constant: return startFactor
        }
    }
}

/// Whether warmup steps are counted inside the wrapped schedule or come before it.
public enum WarmupCounting: String, Sendable, Codable, CaseIterable {
    /// Warmup replaces the wrapped schedule's first steps; afterwards it runs at `t` (timm's default).
    case inside
    /// Warmup is prepended; the wrapped schedule starts from its step 0 at `t = warmupSteps` (Hugging Face).
    case before
}
