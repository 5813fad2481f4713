/// Classification metrics over class indices and probabilities, equal to scikit-learn's `sklearn.metrics`.
///
/// Every function validates its input and throws ``EvaluationError`` on empty, mismatched or non-finite input.
public enum ClassificationMetrics {
    /// The fraction of samples whose prediction equals the label (scikit-learn `accuracy_score`).
    /// - Throws: `EvaluationError` if the inputs are empty or differ in length.
    public static func accuracy(labels: [Int], predictions: [Int]) throws -> Double {
        try EvaluationError.requireNonEmpty(labels.count, "labels")
        try EvaluationError.requireSameLength(labels.count, "labels", predictions.count, "predictions")
        let correct = zip(labels, predictions).reduce(0) { $0 + ($1.0 == $1.1 ? 1 : 0) }
        return Double(correct) / Double(labels.count)
    }

    /// The mean per-class recall (scikit-learn `balanced_accuracy_score`, `adjusted=False`).
    ///
    /// Classes that appear only in `predictions` have no recall and are left out, as in scikit-learn.
    /// - Throws: `EvaluationError` if the inputs are empty or differ in length.
    public static func balancedAccuracy(labels: [Int], predictions: [Int]) throws -> Double {
        let matrix = try ConfusionMatrix(labels: labels, predictions: predictions)
        let recalls = zip(matrix.truePositives, matrix.support).compactMap { tp, support in
            support > 0 ? Double(tp) / Double(support) : nil
        }
        return recalls.reduce(0, +) / Double(recalls.count)
    }

    /// The confusion matrix (scikit-learn `confusion_matrix`); see ``ConfusionMatrix``.
    /// - Throws: `EvaluationError` if the inputs are empty or differ in length.
    public static func confusionMatrix(labels: [Int], predictions: [Int], classes: [Int]? = nil) throws
        -> ConfusionMatrix
    {
        try ConfusionMatrix(labels: labels, predictions: predictions, classes: classes)
    }
}
