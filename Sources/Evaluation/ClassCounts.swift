/// One-vs-rest counts per class over all samples (scikit-learn's `multilabel_confusion_matrix`), the basis of
/// precision, recall and F1 (internal).
///
/// Unlike ``ConfusionMatrix`` restricted to some classes, a sample whose other class is not listed still
/// counts as a false positive or false negative of the listed class.
struct ClassCounts {
    let classes: [Int]
    let truePositives: [Int]
    /// Samples predicted as the class (TP + FP).
    let predicted: [Int]
    /// Samples of the class (TP + FN).
    let support: [Int]

    init(labels: [Int], predictions: [Int], classes: [Int]?) throws {
        try EvaluationError.requireNonEmpty(labels.count, "labels")
        try EvaluationError.requireSameLength(labels.count, "labels", predictions.count, "predictions")
        let classes = classes ?? Array(Set(labels).union(predictions)).sorted()
        try EvaluationError.requireNonEmpty(classes.count, "classes")
        let index = Dictionary(classes.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        guard index.count == classes.count else {
            throw EvaluationError(.invalidArgument, "`classes` \(classes) repeats a class; list each class once.")
        }
        var truePositives = Array(repeating: 0, count: classes.count)
        var predicted = truePositives
        var support = truePositives
        for (label, prediction) in zip(labels, predictions) {
            if let i = index[label] { support[i] += 1 }
            if let j = index[prediction] { predicted[j] += 1 }
            if label == prediction, let i = index[label] { truePositives[i] += 1 }
        }
        self.classes = classes
        self.truePositives = truePositives
        self.predicted = predicted
        self.support = support
    }
}
