import Datasets

/// One column of a `Schema`: its type, whether it may be missing, and its allowed range or categories.
///
/// JSON form (keys other than `name` and `type` are optional):
/// `{"name": "age", "type": "integer", "nullable": false, "minimum": 0, "maximum": 120}`,
/// `{"name": "color", "type": "categorical", "categories": ["red", "green"]}`.
public struct SchemaColumn: Codable, Sendable, Equatable {
    /// The column name.
    public var name: String
    /// The column type: `number`, `integer`, `boolean` or `categorical`.
    public var type: ColumnType
    /// Whether missing values are allowed (default `true`).
    public var nullable: Bool
    /// The smallest allowed value of a numeric column, or `nil` for no bound.
    public var minimum: Double?
    /// The largest allowed value of a numeric column, or `nil` for no bound.
    public var maximum: Double?
    /// The allowed values of a categorical column, or `nil` for any value.
    public var categories: [String]?

    /// Creates a schema column.
    public init(
        name: String, type: ColumnType, nullable: Bool = true, minimum: Double? = nil, maximum: Double? = nil,
        categories: [String]? = nil
    ) {
        self.name = name
        self.type = type
        self.nullable = nullable
        self.minimum = minimum
        self.maximum = maximum
        self.categories = categories
    }

    private enum CodingKeys: String, CodingKey { case name, type, nullable, minimum, maximum, categories }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        type = try container.decode(ColumnType.self, forKey: .type)
        nullable = try container.decodeIfPresent(Bool.self, forKey: .nullable) ?? true
        minimum = try container.decodeIfPresent(Double.self, forKey: .minimum)
        maximum = try container.decodeIfPresent(Double.self, forKey: .maximum)
        categories = try container.decodeIfPresent([String].self, forKey: .categories)
    }

    /// Whether a value of type `found` satisfies this column's type: exact, or an integer/boolean column where
    /// numbers are declared (every integer is a number).
    public func accepts(_ found: ColumnType) -> Bool {
        found == type || (type == .number && found.isNumeric)
    }
}
