import ArgumentParser
import Foundation
import Tracking

/// `anneal registry rollback NAME ALIAS`: moves an alias back to the version it held before.
struct RegistryRollback: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollback",
        abstract: "Move an alias back to the version it pointed at before its latest move.",
        discussion: """
            Repeated rollbacks walk further back through earlier versions. The move is kept in the alias history \
            and appended to the audit chain with --actor and --reason.
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "The model's name.")
    var name: String

    @Argument(help: "The alias, e.g. champion.")
    var alias: String

    @OptionGroup var change: ChangeOptions

    @Option(help: "text or json.")
    var format: ReportFormat = .text

    func run() async throws {
        try await reportingErrors {
            let moved = try await storeOptions.withStore { store in
                let model = try await ModelReference.resolve(name, in: store)
                guard model.aliases[alias] != nil else {
                    let known = model.aliases.isEmpty ? "it has none" : "it has " + model.aliases.keys.sorted().joined(separator: ", ")
                    throw CLIError.data(
                        "model '\(model.name)' has no alias '\(alias)' (\(known)); set one with "
                            + "`anneal registry alias \(model.name) VERSION \(alias)`")
                }
                return try await store.rollbackAlias(
                    alias, model: model.name, actor: change.resolvedActor, reason: change.resolvedReason)
            }
            switch format {
            case .json: print(try JSONOutput.pretty(moved))
            case .text: print(RegistryAlias.describe(moved))
            }
        }
    }
}
