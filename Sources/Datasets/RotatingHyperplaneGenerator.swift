/// The rotating hyperplane (Hulten, Spencer & Domingos, 2001; River's `Hyperplane`): features uniform in [0, 1);
/// the label is 1 when `Σ wᵢ xᵢ ≥ ½ Σ wᵢ`. After every row the first `driftFeatures` weights move by
/// `magnitude` in their direction, and each direction reverses with probability `sigma` (gradual drift).
/// Labels flip with probability `noise`. Initial weights are uniform in [0, 1), drawn at the first row.
public struct RotatingHyperplaneGenerator: SyntheticGenerator {
    /// The number of features.
    public let features: Int
    /// How many weights drift.
    public let driftFeatures: Int
    /// How far a drifting weight moves per row.
    public let magnitude: Double
    /// The label-flip probability.
    public let noise: Double
    /// The probability that a drift direction reverses after a row.
    public let sigma: Double
    /// The current weights (empty until the first row).
    public private(set) var weights: [Double] = []
    private var directions: [Double] = []

    /// Creates a hyperplane stream.
    /// - Throws: `DatasetError.invalidArgument` for `features < 1`, `driftFeatures` outside 0...features, or a
    ///   probability outside [0, 1].
    public init(
        features: Int = 10, driftFeatures: Int = 2, magnitude: Double = 0, noise: Double = 0.05, sigma: Double = 0.1
    ) throws {
        guard features >= 1, (0...features).contains(driftFeatures), (0...1).contains(noise), (0...1).contains(sigma)
        else {
            throw DatasetError(
                .invalidArgument,
                "hyperplane with \(features) features, \(driftFeatures) drifting, noise \(noise), "
                    + "sigma \(sigma); use features ≥ 1, 0 ≤ driftFeatures ≤ features, probabilities in [0, 1]")
        }
        self.features = features
        self.driftFeatures = driftFeatures
        self.magnitude = magnitude
        self.noise = noise
        self.sigma = sigma
    }

    public var columns: [SyntheticColumn] {
        (1...features).map { SyntheticColumn("x\($0)", .number) } + [SyntheticColumn("label", .integer)]
    }

    /// The noise-free label of `x` under `weights`.
    public static func label(_ x: [Double], weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        let dot = zip(weights, x).reduce(0) { $0 + $1.0 * $1.1 }
        return dot >= total * 0.5 ? 1 : 0
    }

    public mutating func nextRow(using random: inout SeededGenerator) -> [Cell] {
        if weights.isEmpty {
            weights = (0..<features).map { _ in random.uniform() }
            directions = Array(repeating: 1, count: driftFeatures)
        }
        let x = (0..<features).map { _ in random.uniform() }
        var label = Self.label(x, weights: weights)
        if noise > 0 && random.uniform() < noise { label = 1 - label }
        for index in 0..<driftFeatures {
            weights[index] += directions[index] * magnitude
            if random.uniform() < sigma { directions[index] = -directions[index] }
        }
        return x.map { .number($0) } + [.number(Double(label))]
    }
}
