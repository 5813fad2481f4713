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
    public var expectedCalibrationError: Double {
        bins.reduce(0) { $0 + Double($1.count) * $1.gap } / Double(sampleCount)
    }

    /// Maximum calibration error: the largest |accuracy − mean confidence| over the non-empty bins.
    public var maximumCalibrationError: Double { bins.map(\.gap).max() ?? 0 }
}
