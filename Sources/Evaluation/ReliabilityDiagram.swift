/// Reliability bins and the calibration errors computed from them.
public struct ReliabilityDiagram: Sendable, Equatable, Codable {
    /// The non-empty bins, in increasing confidence.
    public let bins: [ReliabilityBin]
    /// The bin layout used.
    public let strategy: BinningStrategy
    /// The number of bins asked for (some may be empty and absent from ``bins``).
    public let binCount: Int
    /// The number of samples.
    public let sampleCount: Int
    /// Expected calibration error: Σ (count / n) · |accuracy − mean confidence| over the bins.
    public let expectedCalibrationError: Double
    /// Maximum calibration error: the largest |accuracy − mean confidence| over the non-empty bins.
    public let maximumCalibrationError: Double

    /// Creates a diagram from its non-empty bins and computes ECE and MCE.
    public init(bins: [ReliabilityBin], strategy: BinningStrategy, binCount: Int, sampleCount: Int) {
        self.bins = bins
        self.strategy = strategy
        self.binCount = binCount
        self.sampleCount = sampleCount
        expectedCalibrationError =
            sampleCount > 0 ? bins.reduce(0) { $0 + Double($1.count) * $1.gap } / Double(sampleCount) : 0
        maximumCalibrationError = bins.map(\.gap).max() ?? 0
    }
}
