import ArgumentParser
import Foundation
import Tracking

/// `anneal registry list`: every registered model with its versions and aliases.
struct RegistryList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List registered models with their latest version and aliases.")

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "text or json.")
    var format: ReportFormat = .text

    /// One model as `--format json` prints it.
    struct Row: Encodable {
        let model: RegisteredModel
        let versions: Int
        let latestVersion: Int?
    }

    func run() async throws {
        try await reportingErrors {
            let rows = try await storeOptions.withStore { store in
                var rows: [Row] = []
                for model in try await store.models() {
                    let versions = try await store.modelVersions(model: model.name)
                    rows.append(Row(model: model, versions: versions.count, latestVersion: versions.last?.version))
                }
                return rows
            }
            switch format {
            case .json: print(try JSONOutput.pretty(rows))
            case .text: print(Self.text(rows), terminator: "")
            }
        }
    }

    static func text(_ rows: [Row]) -> String {
        guard !rows.isEmpty else { return "no registered models; register one with `anneal registry register RUN --name NAME`\n" }
        var table = TextTable("MODEL", "VERSIONS", "LATEST", "ALIASES", "CREATED")
        for row in rows {
            table.append(
                row.model.name, "\(row.versions)", row.latestVersion.map { "v\($0)" } ?? "-",
                RegistryShow.aliasText(row.model.aliases), TextFormat.time(row.model.createdAt))
        }
        return table.text
    }
}
