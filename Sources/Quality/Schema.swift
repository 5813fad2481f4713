import Datasets
import Foundation

/// The expected columns of a data set: types, nullability, ranges and allowed categories.
///
/// Declared in a JSON file (`{"columns": [{"name": "age", "type": "integer", "minimum": 0}, ...]}`, see
/// ``SchemaColumn``) or inferred from the training table with ``inferred(from:)``.
public struct Schema: Codable, Sendable, Equatable {
    /// The columns, in order.
    public var columns: [SchemaColumn]

    /// Creates a schema.
    /// - Throws: `QualityError.invalidSchema` for a repeated column name, `minimum > maximum`, a range on a
    ///   categorical column or categories on a numeric one.
    public init(columns: [SchemaColumn]) throws {
        var seen = Set<String>()
        for column in columns {
            guard seen.insert(column.name).inserted else {
                throw QualityError(.invalidSchema, "the schema names column '\(column.name)' twice; keep one entry")
            }
            if let minimum = column.minimum, let maximum = column.maximum, minimum > maximum {
                throw QualityError(
                    .invalidSchema,
                    "column '\(column.name)' has minimum \(minimum) > maximum \(maximum); swap or fix the bounds")
            }
            if column.type == .categorical && (column.minimum != nil || column.maximum != nil) {
                throw QualityError(
                    .invalidSchema,
                    "column '\(column.name)' is categorical but has a minimum or maximum; use 'categories' instead")
            }
            if column.type.isNumeric && column.categories != nil {
                throw QualityError(
                    .invalidSchema,
                    "column '\(column.name)' is \(column.type.rawValue) but lists categories; "
                        + "declare it categorical or use minimum/maximum")
            }
        }
        self.columns = columns
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(columns: try container.decode([SchemaColumn].self, forKey: .columns))
    }

    /// The column called `name`, or `nil`.
    public subscript(name: String) -> SchemaColumn? { columns.first { $0.name == name } }

    /// The schema a table shows: each column's type, whether it has missing values, its observed range
    /// (numeric) or its categories in first-seen order (categorical).
    public static func inferred(from table: Table) -> Schema {
        let columns = table.columns.map { column -> SchemaColumn in
            let nullable = column.missingCount > 0
            if column.type == .categorical {
                let used = Set(column.codes)
                let categories = column.levels.indices.filter { used.contains(Int32($0)) }.map { column.levels[$0] }
                return SchemaColumn(name: column.name, type: .categorical, nullable: nullable, categories: categories)
            }
            let present = column.numbers.filter { !$0.isNaN }
            return SchemaColumn(
                name: column.name, type: column.type, nullable: nullable, minimum: present.min(),
                maximum: present.max())
        }
        return Schema(unchecked: columns)
    }

    init(unchecked columns: [SchemaColumn]) { self.columns = columns }

    /// Reads a schema from a JSON file.
    /// - Throws: `QualityError.io` when the file cannot be read, `.invalidSchema` when it does not decode.
    public static func read(from url: URL) throws -> Schema {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw QualityError(.io, "cannot read the schema file \(url.path) (\(error)); check the path")
        }
        return try decode(data, source: url.path)
    }

    /// Decodes a schema from JSON bytes.
    /// - Throws: `QualityError.invalidSchema` naming the problem.
    public static func decode(_ data: Data, source: String = "the schema") throws -> Schema {
        do {
            return try JSONDecoder().decode(Schema.self, from: data)
        } catch let error as QualityError {
            throw error
        } catch {
            throw QualityError(
                .invalidSchema,
                "\(source) is not a valid schema (\(error)); expected {\"columns\": [{\"name\": ..., \"type\": "
                    + "\"number|integer|boolean|categorical\", \"nullable\": ..., \"minimum\": ..., \"maximum\": ..., "
                    + "\"categories\": [...]}]}")
        }
    }

    /// The schema as pretty-printed JSON with sorted keys.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(self)
    }
}
