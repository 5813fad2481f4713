import Schedules

/// The outcome of an LR range test.
public struct RangeTestResult: Sendable, Codable {
    /// The rule that picks the peak rate of the recommended schedule.
    public enum Rule: String, Sendable, Codable, CaseIterable {
        /// fastai's default, `valley`.
        case valley
        /// The steepest descent.
        case steep
        /// A tenth of the rate at the lowest loss.
        case minimum
    }

    /// The rate of each recorded step.
    public var rates: [Double]
    /// The smoothed loss of each recorded step.
    public var losses: [Double]
    /// The raw batch loss of each recorded step.
    public var rawLosses: [Double]
    /// Whether the sweep stopped because the smoothed loss diverged.
    public var diverged: Bool
    /// The steps of the full sweep.
    public var plannedSteps: Int
    /// fastai's suggestions, or `nil` when too few points were recorded.
    public var suggestions: RateSuggestions?

    init(recorder: RangeTestRecorder) {
        rates = recorder.rates
        losses = recorder.losses
        rawLosses = recorder.rawLosses
        diverged = recorder.diverged
        plannedSteps = recorder.numSteps
        suggestions = recorder.suggestions
    }

    /// The suggested rate by `rule`, if any.
    public func rate(by rule: Rule) -> Double? {
        guard let suggestions else { return nil }
        switch rule {
        case .valley: return suggestions.valley
        case .steep: return suggestions.steep
        case .minimum: return suggestions.minimum
        }
    }

    /// A one-cycle schedule peaking at the suggested rate: `{"type": "one_cycle", "max_lr": r, "total_steps": n}`
    /// (torch's defaults for the rest: 30 % warm-up, cosine, div 25, final div 1e4).
    /// - Returns: `nil` when the sweep gave no suggestion or `totalSteps < 1`.
    public func recommendedSchedule(totalSteps: Int, rule: Rule = .valley) -> ScheduleSpec? {
        guard totalSteps >= 1, let rate = rate(by: rule), rate > 0, rate.isFinite else { return nil }
        return ScheduleSpec(
            type: "one_cycle", parameters: ["max_lr": .number(rate), "total_steps": .number(Double(totalSteps))])
    }
}
