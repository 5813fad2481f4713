import ArgumentParser
import Foundation
import Tracking

/// `anneal experiments list`: every experiment with its number of runs.
struct ExperimentsList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List experiments, oldest first, with their number of runs.")

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "text or json.")
    var format: ReportFormat = .text

    /// One experiment as `--format json` prints it.
    struct Row: Encodable {
        let experiment: Experiment
        let runs: Int
        let lastRunStart: Date?
    }

    func run() async throws {
        try await reportingErrors {
            let rows = try await storeOptions.withStore { store in
                let runs = try await store.runs(experiment: nil, status: nil)
                return try await store.experiments().map { experiment in
                    let own = runs.filter { $0.experimentID == experiment.id }
                    return Row(experiment: experiment, runs: own.count, lastRunStart: own.map(\.startTime).max())
                }
            }
            switch format {
            case .json: print(try JSONOutput.pretty(rows))
            case .text: print(Self.text(rows), terminator: "")
            }
        }
    }

    static func text(_ rows: [Row]) -> String {
        guard !rows.isEmpty else { return "no experiments\n" }
        var table = TextTable("EXPERIMENT", "RUNS", "CREATED", "LAST RUN")
        for row in rows {
            table.append(
                row.experiment.name, "\(row.runs)", TextFormat.time(row.experiment.createdAt),
                row.lastRunStart.map(TextFormat.time) ?? "-")
        }
        return table.text
    }
}
