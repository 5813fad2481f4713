import Foundation

/// A fitted temperature T for post-hoc calibration: probabilities = softmax(logits / T) (Guo et al. 2017).
///
/// Fitting minimises the mean negative log-likelihood on held-out logits. The NLL is convex in β = 1/T, so the
/// fit solves dNLL/dβ = 0 with Newton steps safeguarded by bisection, to machine precision, within
/// ``temperatureRange``. Dividing by T > 0 never changes the arg-max, so accuracy is unchanged.
/// Codable, so the fitted value can be stored beside the model's weights.
public struct TemperatureScaling: Sendable, Equatable, Codable {
    /// The fitted temperature (> 1 softens over-confident models, < 1 sharpens under-confident ones).
    public let temperature: Double
    /// Mean NLL of the fitting data at T = 1.
    public let negativeLogLikelihoodBefore: Double
    /// Mean NLL of the fitting data at the fitted T.
    public let negativeLogLikelihoodAfter: Double
    /// Top-label ECE at T = 1 (``binCount`` equal-width bins).
    public let expectedCalibrationErrorBefore: Double
    /// Top-label ECE at the fitted T.
    public let expectedCalibrationErrorAfter: Double
    /// Accuracy of the arg-max, identical before and after scaling.
    public let accuracy: Double
    /// The number of ECE bins.
    public let binCount: Int
    /// The number of samples fitted on.
    public let sampleCount: Int

    /// The temperatures the fit may return; the optimum is clamped to this range.
    public static let temperatureRange: ClosedRange<Double> = 0.01...100

    /// Fits the temperature that minimises the NLL of `labels` under softmax(`logits` / T).
    /// - Parameters:
    ///   - logits: row-major logits, `classCount` per sample.
    ///   - classCount: the number of classes, at least 2.
    ///   - labels: the true class of each sample.
    ///   - binCount: bins for the ECE reported before and after.
    /// - Throws: `EvaluationError` if empty, ragged, non-finite, or a label is out of range.
    public static func fit(
        logits: [Double], classCount: Int, labels: [Int], binCount: Int = Calibration.defaultBinCount
    )
        throws -> TemperatureScaling
    {
        try checkLogits(logits, classCount: classCount)
        try EvaluationError.requireSameLength(labels.count, "labels", logits.count / classCount, "logits rows")
        try EvaluationError.requireClasses(labels, "labels", classCount: classCount)
        let nll = NegativeLogLikelihood(logits: logits, classCount: classCount, labels: labels)
        let beta = nll.minimiser(in: (1 / temperatureRange.upperBound)...(1 / temperatureRange.lowerBound))
        let before = try softmax(logits: logits, classCount: classCount, temperature: 1)
        let after = try softmax(logits: logits, classCount: classCount, temperature: 1 / beta)
        return TemperatureScaling(
            temperature: 1 / beta,
            negativeLogLikelihoodBefore: nll.value(beta: 1),
            negativeLogLikelihoodAfter: nll.value(beta: beta),
            expectedCalibrationErrorBefore: try Calibration.expectedCalibrationError(
                labels: labels, probabilities: before, binCount: binCount),
            expectedCalibrationErrorAfter: try Calibration.expectedCalibrationError(
                labels: labels, probabilities: after, binCount: binCount),
            accuracy: try ClassificationMetrics.accuracy(labels: labels, predictions: before.predictedClasses),
            binCount: binCount,
            sampleCount: labels.count)
    }

    /// Calibrated probabilities softmax(`logits` / ``temperature``).
    /// - Throws: `EvaluationError` if the logits are empty, ragged or non-finite.
    public func probabilities(logits: [Double], classCount: Int) throws -> ClassProbabilities {
        try Self.softmax(logits: logits, classCount: classCount, temperature: temperature)
    }

    /// Row-wise softmax(`logits` / `temperature`), computed stably (max subtracted).
    /// - Throws: `EvaluationError` if the logits are empty, ragged or non-finite, or `temperature` ≤ 0.
    public static func softmax(logits: [Double], classCount: Int, temperature: Double = 1) throws
        -> ClassProbabilities
    {
        try checkLogits(logits, classCount: classCount)
        guard temperature > 0, temperature.isFinite else {
            throw EvaluationError(.invalidArgument, "`temperature` is \(temperature); pass a finite value > 0.")
        }
        var output = [Double](repeating: 0, count: logits.count)
        for start in stride(from: 0, to: logits.count, by: classCount) {
            let row = logits[start..<(start + classCount)]
            let top = row.max() ?? 0
            var sum = 0.0
            for (k, z) in row.enumerated() {
                output[start + k] = exp((z - top) / temperature)
                sum += output[start + k]
            }
            for k in 0..<classCount { output[start + k] /= sum }
        }
        return try ClassProbabilities(rowMajor: output, classCount: classCount)
    }

    static func checkLogits(_ logits: [Double], classCount: Int) throws {
        try EvaluationError.requireRows(logits, classCount: classCount, "logits")
        try EvaluationError.requireFinite(logits, "logits")
    }
}
