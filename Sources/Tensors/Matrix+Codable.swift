extension Matrix: Codable {
    private enum CodingKeys: String, CodingKey { case rows, columns, values }

    /// Decodes `{"rows": r, "columns": c, "values": [...]}`, rejecting a value count that does not match the shape.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let rows = try container.decode(Int.self, forKey: .rows)
        let columns = try container.decode(Int.self, forKey: .columns)
        let values = try container.decode([Float].self, forKey: .values)
        do {
            try self.init(rows: rows, columns: columns, values: values)
        } catch let error as TensorsError {
            throw DecodingError.dataCorruptedError(forKey: .values, in: container, debugDescription: error.message)
        }
    }

    /// Encodes the shape and the row-major values.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rows, forKey: .rows)
        try container.encode(columns, forKey: .columns)
        try container.encode(values, forKey: .values)
    }
}
