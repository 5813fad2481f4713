/// Which examples confident learning flags, by the names of cleanlab's `filter_by`.
public enum LabelIssueFilter: String, Codable, Sendable, CaseIterable {
    /// For each off-diagonal cell (given i, true j) of the calibrated confident joint, flag that many examples
    /// labelled i with the largest margin `p(j) − p(i)` (cleanlab's default).
    case pruneByNoiseRate = "prune_by_noise_rate"
    /// For each class, flag the examples with the smallest `p(given)`, as many as the class has examples
    /// beyond the joint's diagonal.
    case pruneByClass = "prune_by_class"
    /// Flagged by both `pruneByNoiseRate` and `pruneByClass`.
    case both
    /// The examples counted off the diagonal of the (uncalibrated) confident joint.
    case confidentLearning = "confident_learning"
    /// The examples whose most probable class is not the given label.
    case predictedNotGiven = "predicted_neq_given"
}
