/// A run of consecutive points whose value exceeds `factor` × the running median of the points before it.
public struct LossSpike: Sendable, Equatable, Codable {
    /// The step of the first point of the spike.
    public let step: Int
    /// The highest value within the spike.
    public let peak: Double
    /// The running median the first point was compared with.
    public let runningMedian: Double
    /// The number of consecutive points above the threshold.
    public let length: Int
}
