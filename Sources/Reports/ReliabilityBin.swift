/// One confidence bin of a reliability diagram: the predictions whose confidence fell in `[lower, upper)`.
public struct ReliabilityBin: Sendable, Equatable {
    /// The left edge of the bin, in `0...1`.
    public var lower: Double
    /// The right edge of the bin, in `0...1`.
    public var upper: Double
    /// The mean confidence of the predictions in the bin.
    public var confidence: Double
    /// The fraction of those predictions that were correct.
    public var accuracy: Double
    /// How many predictions fell in the bin.
    public var count: Int

    /// Creates a bin.
    public init(lower: Double, upper: Double, confidence: Double, accuracy: Double, count: Int) {
        self.lower = lower
        self.upper = upper
        self.confidence = confidence
        self.accuracy = accuracy
        self.count = count
    }
}
