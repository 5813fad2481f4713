import ArgumentParser
import Foundation
import Tracking

/// `anneal report RUN... --out report.html`: one self-contained HTML page about recorded runs.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a self-contained HTML report of recorded runs.",
        discussion: """
            For each run (a full id or a unique prefix, as `anneal runs list` prints them): the rate schedule, the \
            training and validation curves with the trainer's events as markers, the final metrics, the reliability \
            diagram when the run recorded one (anneal compare does, for classifiers), the events as a table, and \
            the provenance (parameters, schedule spec, data, host, code version). With several runs the page \
            starts with their validation losses overlaid. Inline SVG and CSS only: the file opens offline.
            """)

    @Argument(help: "Run ids (or unique prefixes).")
    var runs: [String] = []

    @Option(help: "Where to write the page.")
    var out: String = "report.html"

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        if runs.isEmpty { throw ValidationError("give at least one run id (see `anneal runs list`)") }
    }

    func run() async throws {
        try await reportingErrors {
            let report = try await storeOptions.withStore { store in
                var details: [RunReportData] = []
                for reference in runs {
                    let run = try await RunReference.resolve(reference, in: store)
                    details.append(try await RunReportData.load(run, from: store))
                }
                return RunReportPage.make(details, store: "\(store.location)")
            }
            try CLIError.mappingLibraryErrors("--out") { try report.write(to: URL(fileURLWithPath: out)) }
            print("report of \(runs.count) run\(runs.count == 1 ? "" : "s") written to \(out)")
        }
    }
}
