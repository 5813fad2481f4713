import Evaluation

/// A quality to reach, such as `valid_loss<=0.3`: the curve to watch, the direction and the threshold. Steps and
/// cost to target are measured at the first validation that reaches it.
public struct ComparisonTarget: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The curve watched (`val_loss`, `val_accuracy`, or any curve name of the outcomes).
    public var metric: String
    /// `.minimize` for `<=`, `.maximize` for `>=`.
    public var goal: MetricGoal
    /// The threshold.
    public var value: Double

    /// Creates a target.
    public init(metric: String, goal: MetricGoal, value: Double) {
        self.metric = metric
        self.goal = goal
        self.value = value
    }

    /// Reads `name<=value` or `name>=value`; `valid_loss` and `valid_accuracy` are accepted for `val_loss` and
    /// `val_accuracy`.
    /// - Throws: `SweepsError.Code.invalidTarget` naming the text and the accepted form.
    public init(parsing text: String) throws {
        let compact = text.filter { !$0.isWhitespace }
        for (symbol, goal) in [("<=", MetricGoal.minimize), (">=", .maximize)] {
            guard let range = compact.range(of: symbol) else { continue }
            let name = String(compact[..<range.lowerBound])
            let number = String(compact[range.upperBound...])
            guard !name.isEmpty, let value = Double(number), value.isFinite else { break }
            self.init(metric: Self.aliases[name] ?? name, goal: goal, value: value)
            return
        }
        throw SweepsError(
            .invalidTarget,
            "target '\(text)' is not of the form metric<=value or metric>=value; write e.g. valid_loss<=0.3 or "
                + "valid_accuracy>=0.9")
    }

    /// Command-line spellings of the store's curve names.
    static let aliases = [
        "valid_loss": TrialOutcome.Key.validationLoss, "validation_loss": TrialOutcome.Key.validationLoss,
        "valid_accuracy": TrialOutcome.Key.validationAccuracy,
        "validation_accuracy": TrialOutcome.Key.validationAccuracy,
    ]

    public var description: String { "\(metric)\(goal == .minimize ? "<=" : ">=")\(value)" }
}
