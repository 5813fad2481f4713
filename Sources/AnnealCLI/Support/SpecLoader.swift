import Foundation
import Schedules
import Yams

/// Reads a schedule spec given on the command line: a `.json`/`.yaml` path or inline JSON.
enum SpecLoader {
    /// Loads and parses `argument`.
    /// - Throws: `CLIError` (missing file → 66, malformed or invalid spec → 65).
    static func load(_ argument: String) throws -> ScheduleSpec {
        let trimmed = argument.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("{") { return try parse(trimmed, source: "inline spec", yaml: false) }
        guard FileManager.default.fileExists(atPath: argument) else {
            throw CLIError.missingFile(
                "spec file '\(argument)' does not exist; give a .json or .yaml path, or inline JSON such as "
                    + "'{\"type\":\"step\",\"lr\":0.1,\"step_size\":30}'")
        }
        guard let data = FileManager.default.contents(atPath: argument) else {
            throw CLIError.missingFile("spec file '\(argument)' cannot be read; check its permissions")
        }
        let text = String(decoding: data, as: UTF8.self)
        let isYAML = argument.hasSuffix(".yaml") || argument.hasSuffix(".yml")
        return try parse(text, source: argument, yaml: isYAML)
    }

    /// Parses spec text as JSON or YAML.
    static func parse(_ text: String, source: String, yaml: Bool) throws -> ScheduleSpec {
        do {
            if !yaml { return try ScheduleSpec.parse(json: text) }
            guard let node = try Yams.compose(yaml: text) else {
                throw CLIError.data("\(source): the YAML document is empty; write a schedule such as 'type: step'")
            }
            guard case .object(let fields) = try specValue(node) else {
                throw CLIError.data("\(source): the YAML document must be a mapping with a 'type' key")
            }
            return try ScheduleSpec(fields: fields)
        } catch let error as ScheduleError {
            throw CLIError.data("\(source): \(error)")
        } catch let error as CLIError {
            throw error
        } catch {
            throw CLIError.data("\(source): not valid YAML (\(error)); check indentation and colons")
        }
    }

    /// Converts a YAML node to a spec value; plain scalars that read as numbers or booleans become them.
    static func specValue(_ node: Node) throws -> SpecValue {
        switch node {
        case .scalar(let scalar):
            guard scalar.style == .plain || scalar.style == .any else { return .string(scalar.string) }
            let text = scalar.string
            switch text {
            case "true", "True", "TRUE": return .bool(true)
            case "false", "False", "FALSE": return .bool(false)
            case "null", "Null", "NULL", "~", "": return .null
            default: return Double(text).map(SpecValue.number) ?? .string(text)
            }
        case .sequence(let sequence):
            return .array(try sequence.map(specValue))
        case .mapping(let mapping):
            var fields: [String: SpecValue] = [:]
            for (key, value) in mapping { fields[key.string ?? "\(key)"] = try specValue(value) }
            return .object(fields)
        case .alias:
            throw CLIError.data("YAML aliases are not supported in schedule specs; write the value out")
        }
    }
}
