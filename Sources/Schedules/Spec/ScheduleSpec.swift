import Foundation

/// A schedule described as data: `{"type": "step", "lr": 0.1, "step_size": 30, "gamma": 0.1}`.
///
/// `type` names the schedule; the other fields are its parameters, named as in the source library in
/// snake_case. Encoding then decoding a spec gives an equal spec.
public struct ScheduleSpec: Sendable, Equatable, Codable, CustomStringConvertible {
    /// The schedule's type name, e.g. `cosine_annealing`.
    public var type: String
    /// The parameters, by field name.
    public var parameters: [String: SpecValue]

    /// Creates a spec from a type and parameters.
    public init(type: String, parameters: [String: SpecValue] = [:]) {
        self.type = type
        self.parameters = parameters
    }

    /// Reads a spec from a JSON object's fields.
    /// - Throws: `ScheduleError` when `type` is missing or not a string.
    public init(fields: [String: SpecValue], path: String = "") throws {
        guard let typeValue = fields["type"] else {
            throw ScheduleError(
                .missingField, field: Self.join(path, "type"), value: nil, message: "is missing",
                fix: "add \"type\": one of \(ScheduleCatalog.standard.typeNames.joined(separator: ", "))")
        }
        guard case .string(let type) = typeValue else {
            throw ScheduleError(
                .wrongType, field: Self.join(path, "type"), value: typeValue.description, message: "must be a string",
                fix: "write the type name in quotes, e.g. \"type\": \"cosine_annealing\"")
        }
        self.type = type
        self.parameters = fields.filter { $0.key != "type" }
    }

    public init(from decoder: any Decoder) throws {
        let value = try SpecValue(from: decoder)
        guard case .object(let fields) = value else {
            throw ScheduleError(
                .wrongType, field: "spec", value: value.description, message: "must be an object",
                fix: "write the schedule as {\"type\": ..., ...}")
        }
        try self.init(fields: fields)
    }

    public func encode(to encoder: any Encoder) throws {
        try SpecValue.object(fields).encode(to: encoder)
    }

    /// The spec as one object, `type` included.
    public var fields: [String: SpecValue] {
        var all = parameters
        all["type"] = .string(type)
        return all
    }

    /// Parses a spec from JSON text.
    /// - Throws: `ScheduleError` naming what is malformed.
    public static func parse(json: String) throws -> ScheduleSpec {
        do {
            return try JSONDecoder().decode(ScheduleSpec.self, from: Data(json.utf8))
        } catch let error as ScheduleError {
            throw error
        } catch {
            throw ScheduleError(
                .malformed, field: "spec", value: String(json.prefix(60)), message: "is not valid JSON (\(error))",
                fix: "check quotes, commas and braces")
        }
    }

    /// The spec as compact JSON with sorted keys.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    public var description: String { json }

    static func join(_ path: String, _ field: String) -> String { path.isEmpty ? field : "\(path).\(field)" }
}
