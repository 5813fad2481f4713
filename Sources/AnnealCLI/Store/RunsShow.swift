import ArgumentParser
import Foundation
import Tracking

/// `anneal runs show RUN`: one run in full.
struct RunsShow: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a run: params, tags, schedule, metric summaries with sparklines, artifacts, dataset cards.",
        discussion: "Artifacts are re-hashed; a corrupt or missing one is named and the command exits 65.")

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("Run id or a unique prefix of one.", valueName: "run"))
    var runID: String

    @Option(help: "text or json.")
    var format: ReportFormat = .text

    func run() async throws {
        try await reportingErrors {
            let details = try await storeOptions.withStore { store in
                try await RunDetails.load(try await RunReference.resolve(runID, in: store), store: store)
            }
            switch format {
            case .text: print(details.text, terminator: "")
            case .json: print(try JSONOutput.pretty(details))
            }
            if let damaged = details.artifacts.first(where: { $0.state != "ok" }) {
                throw CLIError.data(damaged.problem ?? "artifact \(damaged.artifact.name) is \(damaged.state)")
            }
        }
    }
}
