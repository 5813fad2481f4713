import ArgumentParser
import Foundation
import Tracking

/// `anneal report RUN... --out report.html`: one self-contained HTML page about recorded runs; without `--out`,
/// the same runs as text (with terminal plots of their curves on a terminal).
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Report recorded runs: a self-contained HTML page (--out), or text with plots in the terminal.",
        discussion: """
            For each run (a full id or a unique prefix, as `anneal runs list` prints them): the rate schedule, the \
            training and validation curves with the trainer's events as markers, the final metrics, the reliability \
            diagram when the run recorded one (anneal compare does, for classifiers), the events as a table, and \
            the provenance (parameters, schedule spec, data, host, code version). With several runs the page \
            starts with their validation losses overlaid. Inline SVG and CSS only: the file opens offline.

            Without --out (or with --format text) the report is printed as text: each run's final metrics, a summary \
            line per curve and its events, and, on a terminal or with --plot, braille plots of the rate, the \
            training and validation loss and the validation accuracy. Piped text has no plots unless --plot is given.
            """)

    @Argument(help: "Run ids (or unique prefixes).")
    var runs: [String] = []

    @Option(help: "Write the report to this file (an HTML page unless --format text).")
    var out: String?

    @Option(help: "html or text (default: html with --out, text on standard output without).")
    var format: ReportPageFormat?

    @Flag(
        inversion: .prefixedNo, help: "Draw the curves in a text report (default: when standard output is a terminal).")
    var plot: Bool?

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        if runs.isEmpty { throw ValidationError("give at least one run id (see `anneal runs list`)") }
    }

    func run() async throws {
        try await reportingErrors {
            let (details, location) = try await storeOptions.withStore { store in
                var details: [RunReportData] = []
                for reference in runs {
                    let run = try await RunReference.resolve(reference, in: store)
                    details.append(try await RunReportData.load(run, from: store))
                }
                return (details, "\(store.location)")
            }
            switch format ?? (out == nil ? .text : .html) {
            case .html:
                let path = out ?? "report.html"
                let page = RunReportPage.make(details, store: location)
                try CLIError.mappingLibraryErrors("--out") { try page.write(to: URL(fileURLWithPath: path)) }
                print("report of \(runs.count) run\(runs.count == 1 ? "" : "s") written to \(path)")
            case .text:
                let terminal = out == nil && Terminal.outputIsTerminal
                let colours = terminal && Terminal.usesColours
                let text = RunReportText.make(details, plots: plot ?? terminal, colours: colours)
                if let out {
                    try AtomicFile.write(Data(text.utf8), to: out)
                    print("report of \(runs.count) run\(runs.count == 1 ? "" : "s") written to \(out)")
                } else {
                    print(text, terminator: "")
                }
            }
        }
    }
}
