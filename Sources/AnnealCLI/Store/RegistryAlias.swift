import ArgumentParser
import Foundation
import Tracking

/// `anneal registry alias NAME VERSION ALIAS`: points an alias at a version.
struct RegistryAlias: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alias",
        abstract: "Point an alias (e.g. champion) of a model at one of its versions.",
        discussion: "The move is kept in the alias history and appended to the audit chain with --actor and --reason.")

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "The model's name.")
    var name: String

    @Argument(help: "The version number (see `anneal registry show NAME`).")
    var version: Int

    @Argument(help: "The alias, e.g. champion.")
    var alias: String

    @OptionGroup var change: ChangeOptions

    @Option(help: "text or json.")
    var format: ReportFormat = .text

    func validate() throws {
        if version < 1 { throw ValidationError("VERSION must be 1 or more, got \(version)") }
        if alias.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("ALIAS is empty; give an alias such as 'champion'")
        }
    }

    func run() async throws {
        try await reportingErrors {
            let moved = try await storeOptions.withStore { store in
                let model = try await ModelReference.resolve(name, in: store)
                let versions = try await store.modelVersions(model: model.name).map(\.version)
                guard versions.contains(version) else {
                    throw CLIError.data(
                        "model '\(model.name)' has no version \(version) (it has \(versions.map { "v\($0)" }.joined(separator: ", "))); "
                            + "see `anneal registry show \(model.name)`")
                }
                return try await store.setAlias(
                    alias, model: model.name, version: version, actor: change.resolvedActor, reason: change.resolvedReason)
            }
            switch format {
            case .json: print(try JSONOutput.pretty(moved))
            case .text: print(Self.describe(moved))
            }
        }
    }

    /// One line for an alias move: `churn: champion → v3 (was v2) by alice@host: reason`.
    static func describe(_ change: AliasChange) -> String {
        let was = change.fromVersion.map { "was v\($0)" } ?? "new alias"
        let verb = change.isRollback ? "rolled back to" : "→"
        return "\(change.model): \(change.alias) \(verb) v\(change.toVersion) (\(was)) by \(change.actor): \(change.reason)"
    }
}
