import ArgumentParser
import Foundation
import Schedules

/// `anneal schedule list`: the catalogue with parameters and defaults.
struct ScheduleList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List every schedule type with its parameters and defaults.")

    @Option(help: "Only this family: \(ScheduleDefinition.Family.allCases.map(\.rawValue).joined(separator: ", ")).")
    var family: String?

    @Option(help: "text or json.")
    var format: ReportFormat = .text

    func run() async throws {
        let definitions = ScheduleCatalog.standard.definitions.filter {
            family == nil || $0.family.rawValue.lowercased() == family?.lowercased()
        }
        if definitions.isEmpty {
            throw ValidationError(
                "no family '\(family ?? "")'; use one of \(ScheduleDefinition.Family.allCases.map(\.rawValue))")
        }
        switch format {
        case .text: print(Self.text(definitions), terminator: "")
        case .json: print(Self.json(definitions))
        }
    }

    static func text(_ definitions: [ScheduleDefinition]) -> String {
        var out = ""
        for family in ScheduleDefinition.Family.allCases {
            let members = definitions.filter { $0.family == family }
            guard !members.isEmpty else { continue }
            out += "\(family.rawValue)\n"
            for definition in members {
                out += "  \(definition.type) — \(definition.summary)\n"
                if !definition.convention.isEmpty { out += "    counting: \(definition.convention)\n" }
                for parameter in definition.parameters {
                    let given = parameter.defaultValue.map { $0 == .null ? "optional" : "default \($0)" }
                    let requirement = given ?? (parameter.inherited ? "required (or inherited)" : "required")
                    let range = [.finite].contains(parameter.constraint) ? "" : " \(parameter.constraint.text)"
                    out += "    \(parameter.name): \(parameter.kindText)\(range), \(requirement) — \(parameter.summary)\n"
                }
            }
        }
        return out
    }

    static func json(_ definitions: [ScheduleDefinition]) -> String {
        let rows: [[String: SpecValue]] = definitions.map { definition in
            [
                "type": .string(definition.type), "family": .string(definition.family.rawValue),
                "summary": .string(definition.summary), "convention": .string(definition.convention),
                "parameters": .array(definition.parameters.map { parameter in
                    .object([
                        "name": .string(parameter.name), "kind": .string(parameter.kindText),
                        "range": .string(parameter.constraint.text), "summary": .string(parameter.summary),
                        "default": parameter.defaultValue ?? .null, "required": .bool(parameter.defaultValue == nil),
                    ])
                }),
            ]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(rows)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }
}
