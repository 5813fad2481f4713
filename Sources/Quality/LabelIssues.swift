/// The result of confident learning: which examples likely carry a wrong label, ranked, and the counts behind it.
public struct LabelIssues: Codable, Sendable, Equatable {
    /// `true` for each example flagged (cleanlab's boolean mask).
    public var mask: [Bool]
    /// The flagged examples, likeliest error first (ascending label quality score, as cleanlab's
    /// `return_indices_ranked_by`).
    public var rankedIndices: [Int]
    /// The label quality score of every example (lower = likelier error).
    public var scores: [Double]
    /// The per-class thresholds: the mean predicted probability of each class over the examples labelled with it.
    public var thresholds: [Double]
    /// The calibrated confident joint, `[given][true]` counts summing to the number of examples.
    public var confidentJoint: [[Int]]

    /// The number of flagged examples.
    public var count: Int { rankedIndices.count }
}
