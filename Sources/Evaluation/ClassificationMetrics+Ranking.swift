extension ClassificationMetrics {
    /// Area under the ROC curve of a binary problem (scikit-learn `roc_auc_score`).
    ///
    /// Computed as the Mann–Whitney statistic with average ranks, so tied scores count one half — the same
    /// value as scikit-learn's trapezoid over the ROC curve.
    /// - Parameters:
    ///   - labels: 1 for positive samples, 0 for negative ones.
    ///   - scores: a score per sample; higher means more likely positive.
    /// - Throws: `EvaluationError` if the inputs are empty, differ in length, hold non-finite scores, labels
    ///   other than 0/1, or only one class (where scikit-learn returns NaN with a warning).
    /// - Complexity: O(n log n).
    public static func rocAUC(labels: [Int], scores: [Double]) throws -> Double {
        try checkBinaryScores(labels: labels, scores: scores)
        try EvaluationError.requireBothClasses(labels, "ROC AUC")
        return binaryAUC(positives: labels.map { $0 == 1 }, scores: scores)
    }

    /// One-vs-rest macro ROC AUC of a multiclass problem (scikit-learn `roc_auc_score(multi_class="ovr")`).
    ///
    /// With two classes this is the binary AUC of column 1, as in scikit-learn.
    /// - Parameters:
    ///   - labels: the true class of each sample, in `0..<probabilities.classCount`.
    ///   - probabilities: the predicted probabilities.
    /// - Throws: `EvaluationError` if the lengths differ, a label is out of range, or a class is absent from
    ///   `labels` (its one-vs-rest AUC is undefined).
    public static func rocAUC(labels: [Int], probabilities: ClassProbabilities) throws -> Double {
        try EvaluationError.requireSameLength(labels.count, "labels", probabilities.count, "probabilities rows")
        try EvaluationError.requireClasses(labels, "labels", classCount: probabilities.classCount)
        if probabilities.classCount == 2 { return try rocAUC(labels: labels, scores: probabilities.column(1)) }
        var total = 0.0
        for k in 0..<probabilities.classCount {
            let positives = labels.map { $0 == k }
            if !positives.contains(true) || !positives.contains(false) {
                throw EvaluationError(
                    .undefinedMetric,
                    "one-vs-rest ROC AUC is undefined: class \(k) is \(positives.contains(true) ? "the only" : "not")"
                        + " present in `labels`; every class needs positive and negative samples.")
            }
            total += binaryAUC(positives: positives, scores: probabilities.column(k))
        }
        return total / Double(probabilities.classCount)
    }

    /// Average precision, the step-wise area under the precision–recall curve
    /// (scikit-learn `average_precision_score`): Σₖ (Rₖ − Rₖ₋₁) Pₖ over distinct score thresholds.
    /// - Parameters:
    ///   - labels: 1 for positive samples, 0 for negative ones.
    ///   - scores: a score per sample; higher means more likely positive.
    /// - Throws: `EvaluationError` as ``rocAUC(labels:scores:)``; with no positive sample the recall is
    ///   undefined (scikit-learn returns 0 with a warning).
    public static func averagePrecision(labels: [Int], scores: [Double]) throws -> Double {
        try checkBinaryScores(labels: labels, scores: scores)
        let positiveCount = labels.reduce(0, +)
        if positiveCount == 0 {
            throw EvaluationError(
                .undefinedMetric, "average precision is undefined: `labels` has no positive sample (1).")
        }
        let order = scores.indices.sorted { scores[$0] > scores[$1] }
        var truePositives = 0
        var seen = 0
        var previousRecall = 0.0
        var area = 0.0
        var position = 0
        while position < order.count {
            let threshold = scores[order[position]]
            while position < order.count && scores[order[position]] == threshold {
                truePositives += labels[order[position]]
                seen += 1
                position += 1
            }
            let recall = Double(truePositives) / Double(positiveCount)
            area += (recall - previousRecall) * Double(truePositives) / Double(seen)
            previousRecall = recall
        }
        return area
    }

    static func checkBinaryScores(labels: [Int], scores: [Double]) throws {
        try EvaluationError.requireNonEmpty(labels.count, "labels")
        try EvaluationError.requireSameLength(labels.count, "labels", scores.count, "scores")
        try EvaluationError.requireBinary(labels, "labels")
        try EvaluationError.requireFinite(scores, "scores")
    }

    /// Mann–Whitney U / (P·N) with average ranks for ties; callers guarantee both classes are present.
    static func binaryAUC(positives: [Bool], scores: [Double]) -> Double {
        let order = scores.indices.sorted { scores[$0] < scores[$1] }
        var positiveRankSum = 0.0
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count && scores[order[end + 1]] == scores[order[start]] { end += 1 }
            let averageRank = Double(start + end) / 2 + 1
            for i in start...end where positives[order[i]] { positiveRankSum += averageRank }
            start = end + 1
        }
        let p = Double(positives.reduce(0) { $0 + ($1 ? 1 : 0) })
        let n = Double(positives.count) - p
        return (positiveRankSum - p * (p + 1) / 2) / (p * n)
    }
}
