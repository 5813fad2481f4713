/// Which direction of a metric is better.
public enum MetricGoal: String, Sendable, Codable, CaseIterable {
    /// Lower is better (loss, error); a target is reached when value ≤ target.
    case minimize
    /// Higher is better (accuracy, AUC); a target is reached when value ≥ target.
    case maximize

    /// Whether `a` is strictly better than `b`.
    public func isBetter(_ a: Double, than b: Double) -> Bool { self == .minimize ? a < b : a > b }

    /// Whether `value` reaches `target` (≤ when minimising, ≥ when maximising).
    public func reaches(_ value: Double, target: Double) -> Bool {
        self == .minimize ? value <= target : value >= target
    }
}
