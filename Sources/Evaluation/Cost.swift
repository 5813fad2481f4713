/// What a run cost: wall-clock and CPU seconds, training samples processed and estimated floating-point
/// operations.
public struct Cost: Sendable, Equatable, Codable {
    /// Elapsed wall-clock seconds.
    public var wallSeconds: Double
    /// CPU seconds of the process (user + system, all threads).
    public var cpuSeconds: Double
    /// Training samples processed.
    public var samples: Int
    /// Estimated floating-point operations.
    public var flops: Double

    /// Creates a cost; every field defaults to zero.
    public init(wallSeconds: Double = 0, cpuSeconds: Double = 0, samples: Int = 0, flops: Double = 0) {
        self.wallSeconds = wallSeconds
        self.cpuSeconds = cpuSeconds
        self.samples = samples
        self.flops = flops
    }

    /// CPU seconds in core-hours (cpuSeconds / 3600).
    public var coreHours: Double { cpuSeconds / 3600 }

    /// The money spent at `pricePerCoreHour` (any currency): core-hours × price.
    public func money(pricePerCoreHour: Double) -> Double { coreHours * pricePerCoreHour }

    /// The usual training estimate of 6 · parameters · samples FLOPs (2 for the forward pass, 4 for the
    /// backward pass, per parameter and sample; Kaplan et al. 2020).
    public static func estimatedTrainingFLOPs(parameters: Int, samples: Int) -> Double {
        6 * Double(parameters) * Double(samples)
    }

    /// The sum of two costs (e.g. of two phases or workers).
    public static func + (lhs: Cost, rhs: Cost) -> Cost {
        Cost(
            wallSeconds: lhs.wallSeconds + rhs.wallSeconds, cpuSeconds: lhs.cpuSeconds + rhs.cpuSeconds,
            samples: lhs.samples + rhs.samples, flops: lhs.flops + rhs.flops)
    }
}
