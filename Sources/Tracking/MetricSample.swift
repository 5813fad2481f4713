import Foundation

/// One logged metric value: the series key, the training step, the value and the wall-clock time it was measured.
public struct MetricSample: Codable, Sendable, Hashable {
    /// Series name, for example `loss`, `val_accuracy` or `lr`.
    public var key: String
    /// Training step (update count) the value belongs to.
    public var step: Int64
    /// The value; NaN and infinities are stored and returned as such.
    public var value: Double
    /// Wall-clock time of the measurement.
    public var wallTime: Date

    /// Creates a sample; `wallTime` defaults to now.
    public init(key: String, step: Int64, value: Double, wallTime: Date = Date()) {
        self.key = key
        self.step = step
        self.value = value
        self.wallTime = wallTime
    }

    public static func == (lhs: MetricSample, rhs: MetricSample) -> Bool {
        lhs.key == rhs.key && lhs.step == rhs.step && lhs.wallTime == rhs.wallTime
            && (lhs.value == rhs.value || (lhs.value.isNaN && rhs.value.isNaN))
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(key)
        hasher.combine(step)
        hasher.combine(value.isNaN ? Double.nan.bitPattern : value.bitPattern)
    }
}
