/// Regression metrics, equal to scikit-learn's `mean_squared_error`, `root_mean_squared_error`,
/// `mean_absolute_error` and `r2_score`.
public enum RegressionMetrics {
    /// The mean of squared errors.
    /// - Throws: `EvaluationError` if the inputs are empty, differ in length or hold non-finite values.
    public static func meanSquaredError(targets: [Double], predictions: [Double]) throws -> Double {
        try check(targets, predictions)
        return zip(targets, predictions).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } / Double(targets.count)
    }

    /// The square root of the mean squared error.
    /// - Throws: see ``meanSquaredError(targets:predictions:)``.
    public static func rootMeanSquaredError(targets: [Double], predictions: [Double]) throws -> Double {
        try meanSquaredError(targets: targets, predictions: predictions).squareRoot()
    }

    /// The mean of absolute errors.
    /// - Throws: see ``meanSquaredError(targets:predictions:)``.
    public static func meanAbsoluteError(targets: [Double], predictions: [Double]) throws -> Double {
        try check(targets, predictions)
        return zip(targets, predictions).reduce(0) { $0 + abs($1.0 - $1.1) } / Double(targets.count)
    }

    /// The coefficient of determination, 1 − SS_res / SS_tot.
    ///
    /// As scikit-learn's `force_finite=True`: when the targets are constant (SS_tot = 0) the result is 1 for
    /// perfect predictions and 0 otherwise, instead of NaN or −∞.
    /// - Throws: see ``meanSquaredError(targets:predictions:)``; also for a single sample, where R² is
    ///   undefined (scikit-learn returns NaN with a warning).
    public static func r2(targets: [Double], predictions: [Double]) throws -> Double {
        try check(targets, predictions)
        guard targets.count >= 2 else {
            throw EvaluationError(.undefinedMetric, "R² is undefined for one sample; pass at least 2 targets.")
        }
        let mean = targets.reduce(0, +) / Double(targets.count)
        let residual = zip(targets, predictions).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
        let total = targets.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        if total == 0 { return residual == 0 ? 1 : 0 }
        return 1 - residual / total
    }

    private static func check(_ targets: [Double], _ predictions: [Double]) throws {
        try EvaluationError.requireNonEmpty(targets.count, "targets")
        try EvaluationError.requireSameLength(targets.count, "targets", predictions.count, "predictions")
        try EvaluationError.requireFinite(targets, "targets")
        try EvaluationError.requireFinite(predictions, "predictions")
    }
}
