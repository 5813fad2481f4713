/// scikit-learn's `calibration_curve` output: per non-empty bin, the fraction of positives and the mean
/// predicted probability.
public struct CalibrationCurve: Sendable, Equatable, Codable {
    /// `prob_true`: the fraction of positive samples in each non-empty bin.
    public let fractionOfPositives: [Double]
    /// `prob_pred`: the mean predicted probability in each non-empty bin.
    public let meanPredictedProbability: [Double]
}
