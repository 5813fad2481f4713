/// A trial of a comparison and how it ended: its outcome, or the error that stopped it.
public struct TrialRecord: Sendable, Codable {
    /// The trial.
    public var spec: TrialSpec
    /// What it produced, when it finished.
    public var outcome: TrialOutcome?
    /// Why it failed, when it did.
    public var failure: String?

    /// A finished trial.
    public init(spec: TrialSpec, outcome: TrialOutcome) {
        self.spec = spec
        self.outcome = outcome
        self.failure = nil
    }

    /// A failed trial.
    public init(spec: TrialSpec, failure: String) {
        self.spec = spec
        self.outcome = nil
        self.failure = failure
    }

    /// The final metric `key` when the trial finished with a finite value of it.
    public func finalMetric(_ key: String) -> Double? {
        guard let value = outcome?.finalMetrics[key], value.isFinite else { return nil }
        return value
    }
}
