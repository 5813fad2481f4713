/// One observation of a metric during training: its value at a step, with optional samples seen and seconds.
public struct MetricPoint: Sendable, Equatable, Codable {
    /// The optimisation step (update count) at which the value was measured.
    public let step: Int
    /// The metric's value.
    public let value: Double
    /// Training samples seen up to this step, if recorded.
    public let samples: Int?
    /// Seconds elapsed since the start of training, if recorded.
    public let seconds: Double?

    /// Creates a point; `samples` and `seconds` are optional.
    public init(step: Int, value: Double, samples: Int? = nil, seconds: Double? = nil) {
        self.step = step
        self.value = value
        self.samples = samples
        self.seconds = seconds
    }
}
