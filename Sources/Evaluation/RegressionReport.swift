/// Every regression metric of one set of predictions, ready to store or print as JSON.
public struct RegressionReport: Sendable, Equatable, Codable {
    /// The number of samples.
    public let sampleCount: Int
    /// Mean squared error.
    public let meanSquaredError: Double
    /// Root mean squared error.
    public let rootMeanSquaredError: Double
    /// Mean absolute error.
    public let meanAbsoluteError: Double
    /// Coefficient of determination; `nil` for a single sample.
    public let r2: Double?

    /// Computes the report.
    /// - Throws: `EvaluationError` if the inputs are empty, differ in length or hold non-finite values.
    public init(targets: [Double], predictions: [Double]) throws {
        sampleCount = targets.count
        meanSquaredError = try RegressionMetrics.meanSquaredError(targets: targets, predictions: predictions)
        rootMeanSquaredError = meanSquaredError.squareRoot()
        meanAbsoluteError = try RegressionMetrics.meanAbsoluteError(targets: targets, predictions: predictions)
        r2 = targets.count > 1 ? try RegressionMetrics.r2(targets: targets, predictions: predictions) : nil
    }
}
