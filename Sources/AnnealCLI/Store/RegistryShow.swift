import ArgumentParser
import Foundation
import Tracking

/// `anneal registry show NAME`: a model's versions, aliases and the history of each alias.
struct RegistryShow: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a model's versions, aliases and alias history.",
        aliases: ["versions"])

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "The model's name.")
    var name: String

    @Option(help: "text or json.")
    var format: ReportFormat = .text

    /// What `--format json` prints.
    struct Details: Encodable {
        let model: RegisteredModel
        let versions: [ModelVersion]
        let aliasHistory: [AliasChange]
    }

    func run() async throws {
        try await reportingErrors {
            let details = try await storeOptions.withStore { store in
                let model = try await ModelReference.resolve(name, in: store)
                var history: [AliasChange] = []
                for alias in model.aliases.keys.sorted() {
                    history += try await store.aliasHistory(model: model.name, alias: alias)
                }
                return Details(
                    model: model, versions: try await store.modelVersions(model: model.name),
                    aliasHistory: history.sorted { $0.time < $1.time })
            }
            switch format {
            case .json: print(try JSONOutput.pretty(details))
            case .text: print(Self.text(details), terminator: "")
            }
        }
    }

    static func text(_ details: Details) -> String {
        var out = "model \(details.model.name)\n"
        if !details.model.description.isEmpty { out += "  \(details.model.description)\n" }
        out += "  created  \(TextFormat.time(details.model.createdAt))\n"
        out += "  aliases  \(aliasText(details.model.aliases))\n"
        var versions = TextTable("  VERSION", "RUN", "ARTIFACT", "CREATED", "ALIASES", "METRICS")
        for version in details.versions {
            let aliases = details.model.aliases.filter { $0.value == version.version }.keys.sorted()
            let metrics = version.metrics.sorted { $0.key < $1.key }.map { "\($0.key)=\(TextFormat.number($0.value))" }
            versions.append(
                "  v\(version.version)", TextFormat.short(version.runID), TextFormat.short(version.artifactSHA256),
                TextFormat.time(version.createdAt), aliases.isEmpty ? "-" : aliases.joined(separator: ","),
                metrics.joined(separator: " "))
        }
        out += "versions\n" + versions.text
        if !details.aliasHistory.isEmpty {
            var history = TextTable("  TIME", "ALIAS", "MOVE", "ACTOR", "REASON")
            for change in details.aliasHistory {
                let move = "\(change.fromVersion.map { "v\($0)" } ?? "new") → v\(change.toVersion)"
                history.append(
                    "  \(TextFormat.time(change.time))", change.alias, change.isRollback ? move + " (rollback)" : move,
                    change.actor, change.reason)
            }
            out += "alias history\n" + history.text
        }
        return out
    }

    /// Aliases as `challenger→v4, champion→v3`, or `-`.
    static func aliasText(_ aliases: [String: Int]) -> String {
        aliases.isEmpty ? "-" : aliases.sorted { $0.key < $1.key }.map { "\($0.key)→v\($0.value)" }.joined(separator: ", ")
    }
}
