/// A downsampled stretch of a metric series: the step range it covers and the extremes, mean and count of its
/// values, so a plot of a few thousand buckets keeps every spike of a ten-million-point curve.
public struct MetricBucket: Codable, Sendable, Hashable {
    /// First step in the bucket.
    public var firstStep: Int64
    /// Last step in the bucket.
    public var lastStep: Int64
    /// Smallest value (NaN values are not counted in min, max and mean).
    public var min: Double
    /// Largest value.
    public var max: Double
    /// Mean value.
    public var mean: Double
    /// Number of points in the bucket (NaN included).
    public var count: Int

    /// Creates a bucket.
    public init(firstStep: Int64, lastStep: Int64, min: Double, max: Double, mean: Double, count: Int) {
        self.firstStep = firstStep
        self.lastStep = lastStep
        self.min = min
        self.max = max
        self.mean = mean
        self.count = count
    }
}
