import ArgumentParser
import Datasets
import Foundation
import Quality

/// `anneal data check`: schema, missing values, duplicates, leakage, imbalance and outliers, as findings.
struct DataCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a training set (and optionally a test set) for data problems; exit 1 on errors.",
        discussion: """
            Findings have a code (missing-values, duplicate-rows, train-test-overlap, target-leakage, …), a \
            severity (info, warning, error), the columns involved, the evidence and a suggested fix. \
            Without --schema the test file is checked against the schema inferred from the training file. \
            A --schema file is JSON: {"columns": [{"name": "age", "type": "integer", "minimum": 0}, …]}. \
            Exit status: 1 when any finding is an error, else 0; 64 bad usage, 65 bad data, 66 missing file.
            """)

    @Argument(help: "Training data (CSV or .jsonl).")
    var file: String

    @Option(help: "The target column.")
    var target: String

    @Option(help: "Test data (CSV or .jsonl), checked for schema and overlap with the training data.")
    var test: String?

    @Option(help: "A JSON schema to check against.")
    var schema: String?

    @Option(
        parsing: .singleValue,
        help: "Leave this column out of every check but the schema (ids, timestamps); repeatable.")
    var ignore: [String] = []

    @Option(help: "text or json.")
    var format: ReportFormat = .text

    func validate() throws {
        if ignore.contains(target) { throw ValidationError("--target '\(target)' is also given to --ignore; drop one") }
    }

    func run() async throws {
        var hasErrors = false
        try await reportingErrors {
            let train = try TableFile.read(file, role: "training file")
            _ = try TableFile.column(target, in: train, path: file, option: "--target")
            let testTable = try test.map { try TableFile.read($0, role: "test file") }
            let declared = try schema.map(readSchema)
            var options = DataCheckOptions()
            options.ignoredColumns = Set(ignore)
            let report: QualityReport
            do {
                report = try DataCheck.run(
                    train: train, target: target, test: testTable, schema: declared, options: options)
            } catch let error as QualityError {
                throw CLIError.data("\(file): \(error.message)")
            }
            hasErrors = report.hasErrors
            switch format {
            case .json: print(String(decoding: try report.json(), as: UTF8.self))
            case .text: print(report.text, terminator: "")
            }
        }
        if hasErrors { throw ExitCode(1) }
    }

    private func readSchema(_ path: String) throws -> Schema {
        try TableFile.requireReadable(path, role: "schema file")
        do {
            return try Schema.read(from: URL(fileURLWithPath: path))
        } catch let error as QualityError {
            throw CLIError.data("schema file '\(path)': \(error.message)")
        }
    }
}
