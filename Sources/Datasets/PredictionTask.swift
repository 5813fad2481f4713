/// What a model predicts, inferred from the target column or chosen by the caller.
public enum PredictionTask: String, Codable, Sendable, CaseIterable {
    /// Two classes.
    case binary
    /// More than two classes.
    case multiclass
    /// A real value.
    case regression

    /// Whether the task predicts classes.
    public var isClassification: Bool { self != .regression }
}
