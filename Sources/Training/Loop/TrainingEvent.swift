/// Something the trainer decided on its own, worth an audit record: a rate cut, an early stop, an interruption.
public struct TrainingEvent: Sendable, Hashable, Codable {
    /// The kind of decision.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// The divergence guard rolled back and cut the rate.
        case divergenceCut = "divergence_cut"
        /// A reactive schedule (reduce on plateau) lowered the rate after a validation.
        case plateauCut = "plateau_cut"
        /// Early stopping ended the run.
        case earlyStop = "early_stop"
        /// A stop was requested (Ctrl-C); the run ended after the current step.
        case interrupted
        /// A checkpoint was written.
        case checkpoint
    }

    /// The kind of decision.
    public var kind: Kind
    /// Updates completed when it happened.
    public var step: Int
    /// The effective rate before (for cuts).
    public var oldRate: Double?
    /// The effective rate after (for cuts).
    public var newRate: Double?
    /// Why, in words (e.g. "loss is NaN").
    public var reason: String

    /// Creates an event.
    public init(kind: Kind, step: Int, oldRate: Double? = nil, newRate: Double? = nil, reason: String) {
        self.kind = kind
        self.step = step
        self.oldRate = oldRate
        self.newRate = newRate
        self.reason = reason
    }
}
