extension ClassificationMetrics {
    /// Per-class precision, recall and F1 (scikit-learn `precision_recall_fscore_support(average=None)`).
    /// - Parameters:
    ///   - labels: the true class of each sample.
    ///   - predictions: the predicted class of each sample.
    ///   - classes: the classes to score, in order; `nil` uses the sorted union of labels and predictions.
    ///   - zeroDivision: the value used where a denominator is zero; see ``ZeroDivision``.
    /// - Throws: `EvaluationError` if the inputs are empty or differ in length.
    public static func classScores(
        labels: [Int], predictions: [Int], classes: [Int]? = nil, zeroDivision: ZeroDivision = .zero
    ) throws -> [ClassScores] {
        let counts = try ClassCounts(labels: labels, predictions: predictions, classes: classes)
        return counts.classes.indices.map { i in
            let tp = counts.truePositives[i]
            return ClassScores(
                classLabel: counts.classes[i],
                precision: ratio(tp, counts.predicted[i], zeroDivision),
                recall: ratio(tp, counts.support[i], zeroDivision),
                f1: ratio(2 * tp, counts.support[i] + counts.predicted[i], zeroDivision),
                support: counts.support[i])
        }
    }

    /// Averaged precision, recall and F1 (scikit-learn `precision_recall_fscore_support` with `average`).
    /// - Parameters:
    ///   - labels: the true class of each sample.
    ///   - predictions: the predicted class of each sample.
    ///   - averaging: binary (one class), macro, micro or weighted; see ``Averaging``.
    ///   - classes: the classes to average over; `nil` uses the sorted union of labels and predictions.
    ///     Ignored for ``Averaging/binary(positiveClass:)``.
    ///   - zeroDivision: the value used where a denominator is zero; see ``ZeroDivision``.
    /// - Throws: `EvaluationError` if the inputs are empty or differ in length, or binary averaging is asked
    ///   for more than two classes.
    public static func precisionRecallF1(
        labels: [Int], predictions: [Int], averaging: Averaging, classes: [Int]? = nil,
        zeroDivision: ZeroDivision = .zero
    ) throws -> PrecisionRecallF1 {
        var classes = classes
        if case .binary(let positive) = averaging {
            let present = Set(labels).union(predictions)
            if present.count > 2 || (present.count == 2 && !present.contains(positive)) {
                throw EvaluationError(
                    .invalidArgument,
                    "binary averaging with positive class \(positive) needs at most two classes including it;"
                        + " found \(present.sorted()). Use macro, micro or weighted averaging instead.")
            }
            classes = [positive]
        }
        let scores = try classScores(
            labels: labels, predictions: predictions, classes: classes, zeroDivision: zeroDivision)
        func result(_ precision: Double, _ recall: Double, _ f1: Double) -> PrecisionRecallF1 {
            PrecisionRecallF1(precision: precision, recall: recall, f1: f1, averaging: averaging, classes: scores)
        }
        switch averaging {
        case .binary:
            return result(scores[0].precision, scores[0].recall, scores[0].f1)
        case .micro:
            let counts = try ClassCounts(labels: labels, predictions: predictions, classes: classes)
            let tp = counts.truePositives.reduce(0, +)
            let predicted = counts.predicted.reduce(0, +)
            let actual = counts.support.reduce(0, +)
            return result(
                ratio(tp, predicted, zeroDivision), ratio(tp, actual, zeroDivision),
                ratio(2 * tp, predicted + actual, zeroDivision))
        case .macro, .weighted:
            let weights = averaging == .weighted ? scores.map { Double($0.support) } : nil
            return result(
                nanAverage(scores.map(\.precision), weights), nanAverage(scores.map(\.recall), weights),
                nanAverage(scores.map(\.f1), weights))
        }
    }

    /// `numerator / denominator`, or the zero-division value when the denominator is 0.
    static func ratio(_ numerator: Int, _ denominator: Int, _ zeroDivision: ZeroDivision) -> Double {
        denominator == 0 ? zeroDivision.value : Double(numerator) / Double(denominator)
    }

    /// scikit-learn's `_nanaverage`: NaN entries are dropped; if the remaining weights sum to 0 the plain mean
    /// is used; if nothing remains the result is NaN.
    static func nanAverage(_ values: [Double], _ weights: [Double]?) -> Double {
        let kept = values.indices.filter { !values[$0].isNaN }
        guard !kept.isEmpty else { return .nan }
        if let weights {
            let total = kept.reduce(0.0) { $0 + weights[$1] }
            if total > 0 { return kept.reduce(0.0) { $0 + values[$1] * weights[$1] } / total }
        }
        return kept.reduce(0.0) { $0 + values[$1] } / Double(kept.count)
    }
}
