extension RandomSource: Codable {
    private enum CodingKeys: String, CodingKey { case algorithm, state, spareNormal }
    private static let algorithm = "xoshiro256**"

    /// Restores a saved generator exactly.
    /// - Throws: `DecodingError` when the algorithm name or the four state words are invalid.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let algorithm = try container.decode(String.self, forKey: .algorithm)
        guard algorithm == Self.algorithm else {
            throw DecodingError.dataCorruptedError(
                forKey: .algorithm, in: container,
                debugDescription: "RandomSource algorithm must be \"\(Self.algorithm)\", got \"\(algorithm)\"")
        }
        let words = try container.decode([String].self, forKey: .state).map { UInt64($0, radix: 16) }
        guard words.count == 4, let a = words[0], let b = words[1], let c = words[2], let d = words[3],
            a | b | c | d != 0
        else {
            throw DecodingError.dataCorruptedError(
                forKey: .state, in: container,
                debugDescription: "RandomSource state must be four hexadecimal UInt64 words, not all zero")
        }
        let spare = try container.decodeIfPresent(Double.self, forKey: .spareNormal)
        self.init(words: (a, b, c, d), spareNormal: spare)
    }

    /// Saves the four state words as hexadecimal strings (exact in any JSON reader) plus a pending normal value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.algorithm, forKey: .algorithm)
        try container.encode([s0, s1, s2, s3].map { String($0, radix: 16) }, forKey: .state)
        try container.encodeIfPresent(spareNormal, forKey: .spareNormal)
    }
}
