/// A stretch of a metric series over which the value barely changed.
public struct Plateau: Sendable, Equatable, Codable {
    /// The first step of the plateau.
    public let startStep: Int
    /// The last step of the plateau.
    public let endStep: Int
    /// The value at ``startStep``.
    public let startValue: Double
    /// The value at ``endStep``.
    public let endValue: Double
    /// The number of points in the plateau.
    public let pointCount: Int
}
