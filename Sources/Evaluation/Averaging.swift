/// How per-class precision, recall and F1 are combined into one number (scikit-learn's `average`).
public enum Averaging: Sendable, Equatable, Hashable, Codable {
    /// The scores of one class only (scikit-learn `average="binary"`, `pos_label=positiveClass`).
    case binary(positiveClass: Int)
    /// The unweighted mean of the per-class scores.
    case macro
    /// The scores of the summed true-positive, false-positive and false-negative counts.
    case micro
    /// The mean of the per-class scores weighted by each class's support (true count).
    case weighted
}
