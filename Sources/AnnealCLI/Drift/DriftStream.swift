import ArgumentParser
import Datasets
import Drift
import Foundation

/// `anneal drift stream`: feeds one column, row by row, to a streaming drift detector.
struct DriftStream: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stream",
        abstract: "Feed one column to a streaming drift detector; print detections and warnings (0-based rows).",
        discussion: """
            adwin, page_hinkley and kswin watch any numbers. ddm, eddm, hddm_a and hddm_w watch a 0/1 error \
            stream (1 = the model erred, 0 = it was right) and also report warnings. Detectors follow River 0.26: \
            after a detection the next row starts a fresh detector. --param keys (River's names):
            \(DetectorName.parameterHelp)
            JSON: {"detector":…, "rows":…, "detections":[…], "warnings":[…]} (warnings is [] for detectors \
            without a warning zone).
            """)

    @Argument(help: "Data file (CSV or .jsonl).")
    var file: String

    @Option(help: "The column to feed, in file order.")
    var column: String

    @Option(help: "\(DetectorName.list).")
    var detector: DetectorName

    @Option(parsing: .singleValue, help: "A detector setting as key=value (River's names); repeatable.")
    var param: [String] = []

    @Option(help: "text or json.")
    var format: ReportFormat = .text

    func run() async throws {
        try await reportingErrors {
            let parameters = try DetectorParameters(param, for: detector)
            var watcher = try detector.make(parameters)
            let table = try TableFile.read(file, role: "data file")
            let values = try streamValues(try TableFile.column(column, in: table, path: file, option: "--column"))
            var result = StreamDetections(detector: detector.rawValue, rows: values.count)
            for (row, value) in values.enumerated() {
                switch watcher.update(value) {
                case .drift: result.detections.append(row)
                case .warning: result.warnings.append(row)
                case .stable: break
                }
            }
            switch format {
            case .json: print(try result.json())
            case .text: print(result.text(column: column, hasWarnings: detector.hasWarnings), terminator: "")
            }
        }
    }

    /// The column's values, checked: numbers without gaps, and only 0/1 for the error-rate detectors.
    private func streamValues(_ data: Column) throws -> [Double] {
        guard data.type.isNumeric else {
            throw CLIError.data(
                "column '\(column)' of '\(file)' holds text (e.g. '\(data.levels.first ?? "")'); "
                    + "\(detector.rawValue) needs numbers\(detector.takesErrors ? " (0/1 errors)" : "")")
        }
        let values = data.numbers
        if let row = values.firstIndex(where: { !$0.isFinite }) {
            throw CLIError.data(
                "column '\(column)' of '\(file)' has a missing value at row \(row) (0-based); "
                    + "fill or drop the row, a stream cannot skip it silently")
        }
        if detector.takesErrors, let row = values.firstIndex(where: { $0 != 0 && $0 != 1 }) {
            throw CLIError.data(
                "column '\(column)' of '\(file)' has \(data.text(at: row) ?? "") at row \(row) (0-based); "
                    + "\(detector.rawValue) takes 0/1 errors (1 = the model erred, 0 = it was right)")
        }
        return values
    }
}
