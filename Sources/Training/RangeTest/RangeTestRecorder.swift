#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The bookkeeping of an LR range test, separate from the model: the exponential rates, the smoothed loss, the
/// divergence stop and the suggestion window, as fastai's `LRFinder` callback and `lr_find` define them.
///
/// Step `i` (from 0) uses `rate(at: i) = minRate · (maxRate / minRate)^(i / numSteps)` (fastai's `SchedExp` at
/// `pos = i / num_it`). After each step, `record(loss:)` smooths the loss (β = 0.98, bias-corrected), keeps the best
/// smoothed value, and reports a stop when the smoothed loss exceeds `divergenceFactor ×` the best, or after
/// `numSteps` steps.
public struct RangeTestRecorder: Sendable, Hashable, Codable {
    /// The first rate of the sweep.
    public let minRate: Double
    /// The rate the sweep would reach at step `numSteps` (never used itself, as in fastai).
    public let maxRate: Double
    /// The number of steps of a full sweep.
    public let numSteps: Int
    /// Stop when the smoothed loss exceeds this multiple of the best smoothed loss (fastai: 4).
    public let divergenceFactor: Double
    /// The rates used, one per recorded step.
    public private(set) var rates: [Double] = []
    /// The smoothed losses, one per recorded step.
    public private(set) var losses: [Double] = []
    /// The raw batch losses, one per recorded step.
    public private(set) var rawLosses: [Double] = []
    /// Whether the sweep stopped because the loss diverged.
    public private(set) var diverged = false
    private var smoother: SmoothedLoss
    private var best = Double.infinity

    /// Creates a recorder for a sweep from `minRate` towards `maxRate` over `numSteps` steps.
    /// - Throws: `TrainingError.Code.invalidValue` when a rate is not positive and finite, `maxRate <= minRate`,
    ///   `numSteps < 2`, or the factor is not above 1.
    public init(
        minRate: Double, maxRate: Double, numSteps: Int, beta: Double = 0.98, divergenceFactor: Double = 4
    ) throws {
        guard minRate > 0, minRate.isFinite else {
            throw TrainingError.invalid("min_lr", minRate, allowed: "a positive finite rate such as 1e-7")
        }
        guard maxRate > minRate, maxRate.isFinite else {
            throw TrainingError.invalid("max_lr", maxRate, allowed: "a finite rate above min_lr=\(minRate)")
        }
        guard numSteps >= 2 else { throw TrainingError.invalid("steps", numSteps, allowed: "at least 2 (fastai: 100)") }
        guard divergenceFactor > 1 else {
            throw TrainingError.invalid("divergence_factor", divergenceFactor, allowed: "above 1 (fastai: 4)")
        }
        guard beta >= 0, beta < 1 else {
            throw TrainingError.invalid("beta", beta, allowed: "in [0, 1) (fastai: 0.98)")
        }
        self.minRate = minRate
        self.maxRate = maxRate
        self.numSteps = numSteps
        self.divergenceFactor = divergenceFactor
        self.smoother = SmoothedLoss(beta: beta)
    }

    /// The rate of step `step`.
    public func rate(at step: Int) -> Double {
        minRate * pow(maxRate / minRate, Double(step) / Double(numSteps))
    }

    /// The rate of the next step to run.
    public var nextRate: Double { rate(at: rates.count) }

    /// Whether the sweep is over (diverged or all steps recorded).
    public var isFinished: Bool { diverged || rates.count >= numSteps }

    /// Records the raw loss of the step that used `nextRate`.
    /// - Returns: `true` when the sweep must stop now.
    @discardableResult
    public mutating func record(loss: Double) -> Bool {
        rates.append(nextRate)
        rawLosses.append(loss)
        let smooth = smoother.add(loss)
        losses.append(smooth)
        if smooth < best { best = smooth }
        if smooth > divergenceFactor * best { diverged = true }
        return isFinished
    }

    /// The points fastai's rules read: from `numSteps / 10` to five before the last, cut at the first NaN.
    public var suggestionWindow: Range<Int> {
        RateSuggestions.window(recorded: losses.count, numSteps: numSteps, losses: losses)
    }

    /// fastai's suggestions on the window, or `nil` when it holds fewer than two points.
    public var suggestions: RateSuggestions? {
        let window = suggestionWindow
        return RateSuggestions(rates: Array(rates[window]), losses: Array(losses[window]))
    }
}
