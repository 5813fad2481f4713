import Evaluation

/// What one finished trial produced: its curves, its final metrics, its cost and where it was recorded.
///
/// Curves and metrics are keyed by the names the store uses: `lr`, `loss`, `val_loss`, `val_accuracy` for curves;
/// `val_loss`, `val_accuracy`, `ece` for final metrics (see ``Key``). Curve points may carry samples and seconds
/// since the start of training; cost-to-target apportions the trial's cost by them.
public struct TrialOutcome: Sendable, Codable {
    /// The standard curve and metric names.
    public enum Key {
        /// The learning rate used at each step.
        public static let rate = "lr"
        /// The training loss of each step's batch.
        public static let loss = "loss"
        /// The validation loss.
        public static let validationLoss = "val_loss"
        /// The validation accuracy (classification).
        public static let validationAccuracy = "val_accuracy"
        /// The top-label expected calibration error on the validation data (classification).
        public static let calibrationError = "ece"
    }

    /// Metric curves by name, each in increasing step order.
    public var curves: [String: [MetricPoint]]
    /// Final metrics by name (non-finite values mean the metric could not be computed, e.g. a diverged run).
    public var finalMetrics: [String: Double]
    /// What the trial cost (wall and CPU seconds, samples, FLOPs).
    public var cost: Cost
    /// The run that records the trial in a store, if it was recorded.
    public var runID: String?

    /// Creates an outcome.
    public init(
        curves: [String: [MetricPoint]] = [:], finalMetrics: [String: Double] = [:], cost: Cost = Cost(),
        runID: String? = nil
    ) {
        self.curves = curves
        self.finalMetrics = finalMetrics
        self.cost = cost
        self.runID = runID
    }

    /// The curve `key` as a series of its finite points, or `nil` when it has none.
    public func series(_ key: String) -> MetricSeries? {
        guard let points = curves[key] else { return nil }
        var kept: [MetricPoint] = []
        for point in points where point.value.isFinite && (kept.last.map { point.step > $0.step } ?? true) {
            kept.append(point)
        }
        return kept.isEmpty ? nil : try? MetricSeries(points: kept)
    }
}
