/// Isotropic Gaussian blobs (sklearn's `make_blobs`): `centers` centres drawn uniformly in `box` at the first row,
/// then each row picks a centre uniformly and adds Gaussian noise of standard deviation `standardDeviation`.
public struct GaussianBlobsGenerator: SyntheticGenerator {
    /// The number of blobs (classes).
    public let centerCount: Int
    /// The number of features.
    public let features: Int
    /// The standard deviation of every blob.
    public let standardDeviation: Double
    /// The interval the centres are drawn from.
    public let box: ClosedRange<Double>
    /// The centres (empty until the first row, or set by the caller).
    public private(set) var centers: [[Double]]

    /// Creates a blobs stream with random centres.
    /// - Throws: `DatasetError.invalidArgument` for fewer than 1 centre or feature, or a negative deviation.
    public init(centers: Int = 3, features: Int = 2, standardDeviation: Double = 1, box: ClosedRange<Double> = -10...10)
        throws
    {
        guard centers >= 1, features >= 1, standardDeviation >= 0 else {
            throw DatasetError(
                .invalidArgument,
                "blobs with \(centers) centres, \(features) features, deviation \(standardDeviation)"
                    + "; use at least one centre and feature and a deviation ≥ 0")
        }
        self.centerCount = centers
        self.features = features
        self.standardDeviation = standardDeviation
        self.box = box
        self.centers = []
    }

    /// Creates a blobs stream around given centres (all of the same length).
    /// - Throws: `DatasetError.invalidArgument` for no centres or centres of different lengths.
    public init(centers: [[Double]], standardDeviation: Double = 1) throws {
        guard let first = centers.first, !first.isEmpty, centers.allSatisfy({ $0.count == first.count }) else {
            throw DatasetError(.invalidArgument, "give at least one centre, all with the same number of features")
        }
        try self.init(centers: centers.count, features: first.count, standardDeviation: standardDeviation)
        self.centers = centers
    }

    public var columns: [SyntheticColumn] {
        (1...features).map { SyntheticColumn("x\($0)", .number) } + [SyntheticColumn("label", .integer)]
    }

    public mutating func nextRow(using random: inout SeededGenerator) -> [Cell] {
        if centers.isEmpty {
            centers = (0..<centerCount).map { _ in
                (0..<features).map { _ in random.uniform(box.lowerBound, box.upperBound) }
            }
        }
        let label = random.integer(below: centerCount)
        let x = centers[label].map { $0 + standardDeviation * random.normal() }
        return x.map { .number($0) } + [.number(Double(label))]
    }
}
