import Foundation

/// Where a model came from: the data's fingerprint, its size, when and by which Anneal it was trained, the seed.
public struct Provenance: Sendable, Hashable, Codable {
    /// SHA-256 of the training data file (hexadecimal), e.g. from `SHA256.hex(ofFileAt:)`.
    public var dataSHA256: String
    /// Training rows.
    public var rows: Int
    /// When training finished (ISO 8601 in the file).
    public var createdAt: Date
    /// The Anneal version that trained the model.
    public var annealVersion: String
    /// The training seed.
    public var seed: UInt64
    /// Where the data came from (a path or URL), if known.
    public var dataSource: String?
    /// Updates the model was trained for, if known.
    public var steps: Int?

    /// Creates a provenance record.
    public init(
        dataSHA256: String, rows: Int, createdAt: Date = Date(), annealVersion: String, seed: UInt64,
        dataSource: String? = nil, steps: Int? = nil
    ) {
        self.dataSHA256 = dataSHA256
        self.rows = rows
        self.createdAt = createdAt
        self.annealVersion = annealVersion
        self.seed = seed
        self.dataSource = dataSource
        self.steps = steps
    }

    private enum CodingKeys: String, CodingKey {
        case dataSHA256 = "data_sha256"
        case rows
        case createdAt = "created_at"
        case annealVersion = "anneal_version"
        case seed
        case dataSource = "data_source"
        case steps
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        dataSHA256 = try container.decode(String.self, forKey: .dataSHA256)
        rows = try container.decode(Int.self, forKey: .rows)
        let text = try container.decode(String.self, forKey: .createdAt)
        guard let date = ISO8601DateFormatter().date(from: text) else {
            throw DecodingError.dataCorruptedError(
                forKey: .createdAt, in: container, debugDescription: "created_at '\(text)' is not an ISO 8601 time")
        }
        createdAt = date
        annealVersion = try container.decode(String.self, forKey: .annealVersion)
        seed = try container.decode(UInt64.self, forKey: .seed)
        dataSource = try container.decodeIfPresent(String.self, forKey: .dataSource)
        steps = try container.decodeIfPresent(Int.self, forKey: .steps)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(dataSHA256, forKey: .dataSHA256)
        try container.encode(rows, forKey: .rows)
        try container.encode(ISO8601DateFormatter().string(from: createdAt), forKey: .createdAt)
        try container.encode(annealVersion, forKey: .annealVersion)
        try container.encode(seed, forKey: .seed)
        try container.encodeIfPresent(dataSource, forKey: .dataSource)
        try container.encodeIfPresent(steps, forKey: .steps)
    }
}
