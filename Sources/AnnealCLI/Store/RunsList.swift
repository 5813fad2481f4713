import ArgumentParser
import Foundation
import Tracking

/// `anneal runs list`: runs, newest first.
struct RunsList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List runs, newest first.")

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Only runs of this experiment.")
    var experiment: String?

    @Option(help: "Only runs with this status: running, finished, failed or killed.")
    var status: String?

    @Option(help: "text or json.")
    var format: ReportFormat = .text

    func validate() throws {
        if let status, (try? RunStatus(parsing: status)) == nil {
            throw ValidationError(
                "unknown --status '\(status)'; use one of \(RunStatus.allCases.map { $0.rawValue.lowercased() })")
        }
    }

    func run() async throws {
        try await reportingErrors {
            let wanted = try status.map(RunStatus.init(parsing:))
            let output = try await storeOptions.withStore { store in
                let experiments = try await store.experiments()
                if let experiment, !experiments.contains(where: { $0.name == experiment }) {
                    throw CLIError.data(
                        "no experiment named '\(experiment)'; list them with `anneal experiments list`")
                }
                let runs = try await store.runs(experiment: experiment, status: wanted)
                let names = Dictionary(experiments.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
                switch format {
                case .json: return try JSONOutput.pretty(runs.map { Row(run: $0, experiment: names[$0.experimentID]) })
                case .text: return Self.text(runs, experimentNames: names)
                }
            }
            print(output, terminator: output.hasSuffix("\n") ? "" : "\n")
        }
    }

    /// One run as `--format json` prints it: the run with its experiment's name.
    struct Row: Encodable {
        let run: Run
        let experiment: String?
    }

    static func text(_ runs: [Run], experimentNames: [String: String]) -> String {
        guard !runs.isEmpty else { return "no runs\n" }
        var table = TextTable("RUN", "EXPERIMENT", "NAME", "STATUS", "STARTED", "DURATION")
        for run in runs {
            let duration = run.endTime.map { TextFormat.duration($0.timeIntervalSince(run.startTime)) } ?? "-"
            table.append(
                TextFormat.short(run.id), experimentNames[run.experimentID] ?? run.experimentID,
                run.name.isEmpty ? "-" : run.name, run.status.rawValue, TextFormat.time(run.startTime), duration)
        }
        return table.text
    }
}
