/// The Page-Hinkley test, equal to River 0.26's `drift.PageHinkley`: cumulative deviations from the running
/// mean, faded by `alpha`, with `delta` tolerance; drift when a cumulative sum moves more than `threshold`
/// from its extreme, checked once `minInstances` values have been seen.
public struct PageHinkley: StreamingDetector, Equatable {
    /// Which direction of change to detect.
    public enum Mode: String, Codable, Sendable {
        /// Increases of the mean.
        case up
        /// Decreases of the mean.
        case down
        /// Both directions (default).
        case both
    }

    /// Values needed before testing (default 30).
    public let minInstances: Int
    /// Tolerated magnitude of change (default 0.005).
    public let delta: Double
    /// Detection threshold λ (default 50).
    public let threshold: Double
    /// Fading factor of the cumulative sums (default 0.9999).
    public let alpha: Double
    /// Direction(s) tested (default `.both`).
    public let mode: Mode

    var mean = RunningMean()
    var sumIncrease = 0.0
    var sumDecrease = 0.0
    var minIncrease = Double.infinity
    var maxDecrease = -1.0
    public private(set) var driftDetected = false

    /// Creates a detector with River's defaults.
    public init(
        minInstances: Int = 30, delta: Double = 0.005, threshold: Double = 50, alpha: Double = 1 - 0.0001,
        mode: Mode = .both
    ) {
        self.minInstances = minInstances
        self.delta = delta
        self.threshold = threshold
        self.alpha = alpha
        self.mode = mode
    }

    public mutating func update(_ value: Double) -> DetectorSignal {
        if driftDetected {
            self = PageHinkley(minInstances: minInstances, delta: delta, threshold: threshold, alpha: alpha, mode: mode)
        }
        mean.update(value)
        let deviation = value - mean.mean
        sumIncrease = alpha * sumIncrease + deviation - delta
        sumDecrease = alpha * sumDecrease + deviation + delta
        if sumIncrease < minIncrease { minIncrease = sumIncrease }
        if sumDecrease > maxDecrease { maxDecrease = sumDecrease }
        if mean.count >= Double(minInstances) {
            let up = sumIncrease - minIncrease > threshold
            let down = maxDecrease - sumDecrease > threshold
            switch mode {
            case .up: driftDetected = up
            case .down: driftDetected = down
            case .both: driftDetected = up || down
            }
        }
        return driftDetected ? .drift : .stable
    }
}
