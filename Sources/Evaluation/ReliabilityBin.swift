/// One bin of a reliability diagram: the samples whose confidence falls in (lower, upper].
public struct ReliabilityBin: Sendable, Equatable, Codable {
    /// The lower edge (exclusive, except for the first bin, which includes it).
    public let lower: Double
    /// The upper edge (inclusive).
    public let upper: Double
    /// The number of samples in the bin (never 0: empty bins are left out).
    public let count: Int
    /// The mean confidence (predicted probability) of the samples in the bin.
    public let meanConfidence: Double
    /// The fraction of samples in the bin that were correct (or positive, for a binary calibration curve).
    public let accuracy: Double

    /// |accuracy − mean confidence|, the bin's calibration gap.
    public var gap: Double { abs(accuracy - meanConfidence) }
}
