/// Averaged precision, recall and F1 (scikit-learn `precision_recall_fscore_support` with `average` set),
/// together with the per-class scores they were averaged from.
public struct PrecisionRecallF1: Sendable, Equatable, Codable {
    /// The averaged precision.
    public let precision: Double
    /// The averaged recall.
    public let recall: Double
    /// The averaged F1 (for macro and weighted: the mean of per-class F1, not the F1 of the means).
    public let f1: Double
    /// How the per-class scores were combined.
    public let averaging: Averaging
    /// The per-class scores, in class order.
    public let classes: [ClassScores]
}
