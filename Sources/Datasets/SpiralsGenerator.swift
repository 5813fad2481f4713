#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Interleaved spirals (the classic CS231n set): class `k` of `classes` lies at radius `r` uniform in [0, 1] and
/// angle `turns · 2π · r + 2π k / classes`, with Gaussian noise of standard deviation `noise` on both coordinates.
public struct SpiralsGenerator: SyntheticGenerator {
    /// The number of spiral arms (classes).
    public let classes: Int
    /// How many full turns each arm makes.
    public let turns: Double
    /// The standard deviation of the Gaussian noise.
    public let noise: Double

    /// Creates a spirals stream.
    /// - Throws: `DatasetError.invalidArgument` for fewer than 2 classes.
    public init(classes: Int = 2, turns: Double = 1, noise: Double = 0.05) throws {
        guard classes >= 2 else {
            throw DatasetError(.invalidArgument, "spirals with \(classes) classes; use at least 2")
        }
        self.classes = classes
        self.turns = turns
        self.noise = noise
    }

    public var columns: [SyntheticColumn] { [.init("x1", .number), .init("x2", .number), .init("label", .integer)] }

    /// The noise-free point of class `label` at radius `radius`.
    public func point(label: Int, radius: Double) -> (Double, Double) {
        let angle = turns * 2 * Double.pi * radius + 2 * Double.pi * Double(label) / Double(classes)
        return (radius * cos(angle), radius * sin(angle))
    }

    public mutating func nextRow(using random: inout SeededGenerator) -> [Cell] {
        let label = random.integer(below: classes)
        let (x, y) = point(label: label, radius: random.uniform())
        let noisy = noise > 0 ? (x + noise * random.normal(), y + noise * random.normal()) : (x, y)
        return [.number(noisy.0), .number(noisy.1), .number(Double(label))]
    }
}
