import ArgumentParser
import Foundation
import Tracking

/// `anneal runs export RUN`: every metric point of a run, as CSV or JSON.
struct RunsExport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a run's metric series as CSV (key,step,value,time) or JSON.",
        discussion: """
            Points are ordered by key, then step. time is ISO 8601 UTC with milliseconds; NaN and infinities are \
            written as NaN, inf and -inf in CSV and as the strings "NaN", "Infinity", "-Infinity" in JSON.
            """)

    /// The export formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, json
    }

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("Run id or a unique prefix of one.", valueName: "run"))
    var runID: String

    @Option(help: "csv or json.")
    var format: Format = .csv

    @Option(name: .customLong("key"), help: "Only this series (repeatable).")
    var keys: [String] = []

    @Option(help: "Write to this file (atomically) instead of standard output.")
    var out: String?

    func run() async throws {
        try await reportingErrors {
            let (run, series) = try await storeOptions.withStore { store in
                let run = try await RunReference.resolve(runID, in: store)
                let available = try await store.metricKeys(runID: run.id)
                if let unknown = keys.first(where: { !available.contains($0) }) {
                    throw CLIError.data(
                        "run \(run.id) has no metric '\(unknown)'; it has \(available.isEmpty ? "none" : available.joined(separator: ", "))")
                }
                var series: [[MetricSample]] = []
                for key in keys.isEmpty ? available : keys {
                    series.append(try await store.metricSeries(runID: run.id, key: key))
                }
                return (run, series)
            }
            let text = format == .csv ? Self.csv(series) : try Self.json(runID: run.id, series)
            if let out {
                try AtomicFile.write(Data(text.utf8), to: out)
            } else {
                print(text, terminator: "")
            }
        }
    }

    static func csv(_ series: [[MetricSample]]) -> String {
        var out = "key,step,value,time\n"
        for sample in series.joined() {
            out += "\(csvField(sample.key)),\(sample.step),\(csvNumber(sample.value)),\(TextFormat.timestamp(sample.wallTime))\n"
        }
        return out
    }

    /// One row of the JSON export.
    struct Point: Encodable {
        let key: String
        let step: Int64
        let value: Double
        let time: Date
    }

    /// The JSON export: the run id and its points.
    struct Export: Encodable {
        let runID: String
        let metrics: [Point]
    }

    static func json(runID: String, _ series: [[MetricSample]]) throws -> String {
        let points = series.joined().map { Point(key: $0.key, step: $0.step, value: $0.value, time: $0.wallTime) }
        return try JSONOutput.pretty(Export(runID: runID, metrics: points)) + "\n"
    }

    /// Shortest text that reads back as the same Double; NaN and infinities as pandas reads them.
    static func csvNumber(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "inf" : "-inf" }
        return "\(value)"
    }

    /// A CSV field, quoted when it holds a comma, quote or line break.
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
