import Foundation

extension ClassificationMetrics {
    /// Cross-entropy of the true classes (scikit-learn `log_loss`, natural logarithm, mean over samples).
    ///
    /// Follows scikit-learn ≥ 1.5: each probability is clipped to [ε, 1 − ε] with ε = `Double.ulpOfOne`
    /// (`numpy.finfo(float64).eps` ≈ 2.22e-16) and not renormalised, so a confident wrong answer costs
    /// about 36.04 instead of infinity.
    /// - Parameters:
    ///   - labels: the true class of each sample, in `0..<probabilities.classCount`.
    ///   - probabilities: the predicted probabilities.
    /// - Throws: `EvaluationError` if the lengths differ or a label is out of range.
    public static func logLoss(labels: [Int], probabilities: ClassProbabilities) throws -> Double {
        try EvaluationError.requireSameLength(labels.count, "labels", probabilities.count, "probabilities rows")
        try EvaluationError.requireClasses(labels, "labels", classCount: probabilities.classCount)
        let eps = Double.ulpOfOne
        var total = 0.0
        for (row, label) in labels.enumerated() {
            total -= log(min(max(probabilities[row, label], eps), 1 - eps))
        }
        return total / Double(labels.count)
    }

    /// Binary cross-entropy from the probability of the positive class (scikit-learn `log_loss` with 1-D input).
    /// - Throws: `EvaluationError` if the inputs are empty, differ in length, labels are not 0/1 or a
    ///   probability is outside [0, 1].
    public static func logLoss(labels: [Int], positiveProbabilities: [Double]) throws -> Double {
        try EvaluationError.requireBinary(labels, "labels")
        return try logLoss(
            labels: labels, probabilities: ClassProbabilities(positiveProbabilities: positiveProbabilities))
    }
}
