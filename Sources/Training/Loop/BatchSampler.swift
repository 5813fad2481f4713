import Tensors

/// The order in which samples are visited: a seeded permutation per epoch, consumed batch by batch.
///
/// The state that a checkpoint needs is small and exact: the random source as it was before the current epoch's
/// permutation was drawn, the epoch, and the position in the permutation. The permutation itself is drawn again on
/// restore.
public struct BatchSampler: Sendable, Hashable, Codable {
    /// The number of samples.
    public let sampleCount: Int
    /// Samples per batch (the last batch of an epoch may be smaller unless `dropLast`).
    public let batchSize: Int
    /// Whether an epoch's last, incomplete batch is skipped (torch `DataLoader(drop_last=True)`).
    public let dropLast: Bool
    /// Completed epochs.
    public private(set) var epoch: Int
    /// The index in the current permutation of the next sample.
    public private(set) var position: Int
    /// The generator state before the current epoch's permutation was drawn.
    public private(set) var randomAtEpochStart: RandomSource
    private var random: RandomSource
    private var permutation: [Int]

    private enum CodingKeys: String, CodingKey {
        case sampleCount, batchSize, dropLast, epoch, position, randomAtEpochStart
    }

    /// Creates a sampler whose epochs are shuffled from `seed`.
    /// - Throws: `TrainingError.Code.invalidValue` for a batch size below 1 or no samples (or fewer samples than
    ///   one batch with `dropLast`).
    public init(sampleCount: Int, batchSize: Int, seed: UInt64, dropLast: Bool = false) throws {
        guard batchSize >= 1 else { throw TrainingError.invalid("batch_size", batchSize, allowed: "at least 1") }
        guard sampleCount >= 1 else {
            throw TrainingError(.invalidValue, "the training data is empty; give at least one sample")
        }
        guard !dropLast || sampleCount >= batchSize else {
            throw TrainingError.invalid(
                "batch_size", batchSize, allowed: "at most the \(sampleCount) training samples when drop_last is on")
        }
        self.sampleCount = sampleCount
        self.batchSize = batchSize
        self.dropLast = dropLast
        self.epoch = 0
        self.position = 0
        self.randomAtEpochStart = RandomSource(seed: seed)
        self.random = randomAtEpochStart
        self.permutation = random.permutation(sampleCount)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        sampleCount = try container.decode(Int.self, forKey: .sampleCount)
        batchSize = try container.decode(Int.self, forKey: .batchSize)
        dropLast = try container.decode(Bool.self, forKey: .dropLast)
        epoch = try container.decode(Int.self, forKey: .epoch)
        position = try container.decode(Int.self, forKey: .position)
        randomAtEpochStart = try container.decode(RandomSource.self, forKey: .randomAtEpochStart)
        guard sampleCount >= 1, batchSize >= 1, epoch >= 0, position >= 0, position <= sampleCount else {
            throw TrainingError(
                .invalidState,
                "the saved data position (epoch \(epoch), position \(position) of \(sampleCount)) is "
                    + "invalid; the checkpoint is damaged")
        }
        random = randomAtEpochStart
        permutation = random.permutation(sampleCount)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sampleCount, forKey: .sampleCount)
        try container.encode(batchSize, forKey: .batchSize)
        try container.encode(dropLast, forKey: .dropLast)
        try container.encode(epoch, forKey: .epoch)
        try container.encode(position, forKey: .position)
        try container.encode(randomAtEpochStart, forKey: .randomAtEpochStart)
    }

    /// The sample indices of the next batch; starts a new, reshuffled epoch when the current one is used up.
    public mutating func nextBatch() -> ArraySlice<Int> {
        let remaining = sampleCount - position
        if remaining == 0 || (dropLast && remaining < batchSize) { startEpoch() }
        let end = min(position + batchSize, sampleCount)
        defer { position = end }
        return permutation[position..<end]
    }

    /// Batches per epoch.
    public var batchesPerEpoch: Int {
        dropLast ? sampleCount / batchSize : (sampleCount + batchSize - 1) / batchSize
    }

    private mutating func startEpoch() {
        epoch += 1
        position = 0
        randomAtEpochStart = random
        permutation = random.permutation(sampleCount)
    }
}
