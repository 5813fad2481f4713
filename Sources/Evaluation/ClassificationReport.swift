/// Every classification and calibration metric of one set of predictions, ready to store or print as JSON.
public struct ClassificationReport: Sendable, Equatable, Codable {
    /// The number of samples.
    public let sampleCount: Int
    /// The number of classes.
    public let classCount: Int
    /// Fraction of arg-max predictions equal to the label.
    public let accuracy: Double
    /// Mean per-class recall.
    public let balancedAccuracy: Double
    /// Macro-averaged precision, recall and F1 (zero division → 0), with the per-class scores.
    public let macro: PrecisionRecallF1
    /// Support-weighted F1.
    public let weightedF1: Double
    /// Cross-entropy with scikit-learn's clipping.
    public let logLoss: Double
    /// Brier score (scikit-learn convention: halved for two classes).
    public let brierScore: Double
    /// ROC AUC (binary, or one-vs-rest macro); `nil` when a class is missing from the labels.
    public let rocAUC: Double?
    /// Average precision of class 1 (two classes only); `nil` otherwise or without positives.
    public let averagePrecision: Double?
    /// Top-label reliability bins with ECE and MCE.
    public let reliability: ReliabilityDiagram
    /// Counts of (true, predicted) classes over 0..<classCount.
    public let confusionMatrix: ConfusionMatrix

    /// Computes the report from labels and predicted probabilities (predictions are the arg-max).
    /// - Parameters:
    ///   - labels: the true class of each sample, in `0..<probabilities.classCount`.
    ///   - probabilities: the predicted probabilities.
    ///   - binCount: equal-width bins for the reliability diagram.
    /// - Throws: `EvaluationError` if the lengths differ or a label is out of range.
    public init(labels: [Int], probabilities: ClassProbabilities, binCount: Int = Calibration.defaultBinCount) throws {
        let predictions = probabilities.predictedClasses
        let classes = Array(0..<probabilities.classCount)
        sampleCount = labels.count
        classCount = probabilities.classCount
        logLoss = try ClassificationMetrics.logLoss(labels: labels, probabilities: probabilities)
        accuracy = try ClassificationMetrics.accuracy(labels: labels, predictions: predictions)
        balancedAccuracy = try ClassificationMetrics.balancedAccuracy(labels: labels, predictions: predictions)
        macro = try ClassificationMetrics.precisionRecallF1(
            labels: labels, predictions: predictions, averaging: .macro, classes: classes)
        weightedF1 = try ClassificationMetrics.precisionRecallF1(
            labels: labels, predictions: predictions, averaging: .weighted, classes: classes
        ).f1
        brierScore = try Calibration.brierScore(labels: labels, probabilities: probabilities)
        rocAUC = try? ClassificationMetrics.rocAUC(labels: labels, probabilities: probabilities)
        averagePrecision =
            classCount == 2
            ? try? ClassificationMetrics.averagePrecision(labels: labels, scores: probabilities.column(1)) : nil
        reliability = try Calibration.reliabilityDiagram(
            labels: labels, probabilities: probabilities, binCount: binCount)
        confusionMatrix = try ConfusionMatrix(labels: labels, predictions: predictions, classes: classes)
    }
}
