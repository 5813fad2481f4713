extension Calibration {
    /// Binary Brier score, mean (y − p)² (scikit-learn `brier_score_loss` with 1-D probabilities).
    /// - Throws: `EvaluationError` if empty, lengths differ, labels are not 0/1 or a probability is outside [0, 1].
    public static func brierScore(labels: [Int], positiveProbabilities: [Double]) throws -> Double {
        try EvaluationError.requireNonEmpty(labels.count, "labels")
        try EvaluationError.requireSameLength(labels.count, "labels", positiveProbabilities.count, "probabilities")
        try EvaluationError.requireBinary(labels, "labels")
        try EvaluationError.requireProbabilities(positiveProbabilities, "positiveProbabilities")
        return zip(labels, positiveProbabilities).reduce(0) { $0 + (Double($1.0) - $1.1) * (Double($1.0) - $1.1) }
            / Double(labels.count)
    }

    /// Multiclass Brier score: the mean over samples of Σₖ (onehotₖ − pₖ)² (scikit-learn `brier_score_loss`
    /// with 2-D probabilities and `scale_by_half="auto"`: halved when there are two classes, so that it equals
    /// the binary score).
    /// - Throws: `EvaluationError` if the lengths differ or a label is out of range.
    public static func brierScore(labels: [Int], probabilities: ClassProbabilities) throws -> Double {
        try EvaluationError.requireSameLength(labels.count, "labels", probabilities.count, "probabilities rows")
        try EvaluationError.requireClasses(labels, "labels", classCount: probabilities.classCount)
        var total = 0.0
        for (row, label) in labels.enumerated() {
            for k in 0..<probabilities.classCount {
                let error = (k == label ? 1.0 : 0.0) - probabilities[row, k]
                total += error * error
            }
        }
        let scale = probabilities.classCount == 2 ? 0.5 : 1.0
        return scale * total / Double(labels.count)
    }
}
