/// A JSON-like value inside a schedule spec.
public enum SpecValue: Sendable, Equatable, Codable, CustomStringConvertible {
    /// A number (integers are numbers with no fraction).
    case number(Double)
    /// A string.
    case string(String)
    /// A boolean.
    case bool(Bool)
    /// A list.
    case array([SpecValue])
    /// A nested object, such as a child schedule.
    case object([String: SpecValue])
    /// An explicit `null`.
    case null

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([SpecValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: SpecValue].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let value):
            if let integer = value.exactInteger { try container.encode(integer) } else { try container.encode(value) }
        case .string(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        case .null: try container.encodeNil()
        }
    }

    /// The value as the user would write it in JSON.
    public var description: String {
        switch self {
        case .number(let value): value.exactInteger.map(String.init) ?? "\(value)"
        case .string(let value): "\"\(value)\""
        case .bool(let value): "\(value)"
        case .array(let values): "[" + values.map(\.description).joined(separator: ", ") + "]"
        case .object(let fields):
            "{" + fields.keys.sorted().map { "\"\($0)\": \(fields[$0]!.description)" }.joined(separator: ", ") + "}"
        case .null: "null"
        }
    }

    /// The JSON type name, for error messages.
    public var typeName: String {
        switch self {
        case .number: "number"
        case .string: "string"
        case .bool: "boolean"
        case .array: "list"
        case .object: "object"
        case .null: "null"
        }
    }
}

extension Double {
    /// The value as an integer when it has no fraction and fits exactly.
    var exactInteger: Int? {
        guard isFinite, rounded() == self, Swift.abs(self) < 9.0e15 else { return nil }
        return Int(self)
    }
}
