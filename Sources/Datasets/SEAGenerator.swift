/// SEA concepts (Street & Kim, 2001): three features uniform in [0, 10); the label is 1 when
/// `x1 + x2 > threshold`, with thresholds 8, 9, 7 and 9.5 for concepts 1–4 (River's variants 0–3). `x3` is
/// irrelevant. With `noise`, each label flips with that probability.
public struct SEAGenerator: SyntheticGenerator {
    /// The concept, 1...4.
    public let concept: Int
    /// The label-flip probability.
    public let noise: Double

    /// The threshold of each concept.
    public static let thresholds: [Double] = [8, 9, 7, 9.5]

    /// Creates a SEA stream.
    /// - Throws: `DatasetError.invalidArgument` unless `concept` is 1...4 and `noise` in [0, 1].
    public init(concept: Int = 1, noise: Double = 0) throws {
        guard (1...4).contains(concept), (0...1).contains(noise) else {
            throw DatasetError(
                .invalidArgument, "SEA concept \(concept), noise \(noise); use concept 1...4 and noise in [0, 1]")
        }
        self.concept = concept
        self.noise = noise
    }

    /// The threshold of this concept.
    public var threshold: Double { Self.thresholds[concept - 1] }

    public var columns: [SyntheticColumn] {
        [.init("x1", .number), .init("x2", .number), .init("x3", .number), .init("label", .integer)]
    }

    public mutating func nextRow(using random: inout SeededGenerator) -> [Cell] {
        let x = (0..<3).map { _ in random.uniform(0, 10) }
        var label = x[0] + x[1] > threshold
        if noise > 0 && random.uniform() < noise { label.toggle() }
        return x.map { .number($0) } + [.number(label ? 1 : 0)]
    }
}
