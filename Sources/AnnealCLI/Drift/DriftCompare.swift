import ArgumentParser
import Datasets
import Drift
import Foundation

/// `anneal drift compare` (the default of `anneal drift`): one two-sample test per column and the dataset verdict.
struct DriftCompare: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Test every column of the current data for drift against a reference (the default subcommand).",
        discussion: """
            Per column: the test, its statistic, the p-value (ks, chi2, z; none for the distances psi, js, \
            wasserstein), the threshold and whether it drifted (p < threshold, or distance >= threshold). \
            'auto' chooses as Evidently does: numeric columns with more than 5 distinct values use ks for \
            references of up to 1000 rows and wasserstein (normalised by the reference standard deviation) \
            beyond; categorical columns use z (2 categories) or chi2 up to 1000 rows and js beyond. Default \
            thresholds: 0.05 for p-values, 0.1 for distances. The dataset drifts when the share of drifted \
            feature columns is at least --drift-share (default 0.5).

            --reference is a CSV (or .jsonl) file, or a profile saved by 'anneal drift profile', so monitoring \
            need not re-read the reference data. With --target the target column is tested like the others \
            but reported apart and not counted in drift_share. With --model (a bundle from 'anneal train') the \
            model predicts every row of both files and its outputs are tested the same way, reported apart \
            (JSON 'prediction') and not counted in drift_share: the predicted class as a category and each \
            class's probability p_<label> as a number for classifiers, the predicted value for regression. \
            --model needs the reference as a data file (a saved profile has no rows to predict).

            Exit status: 0 whether or not drift is found (drift is a finding, not an error); with \
            --fail-on-drift, 1 when dataset_drift is true (for CI gates). 64 bad usage, 65 bad data (missing \
            column, unreadable CSV, empty data), 66 missing file.
            """)

    @Option(help: "Reference data (CSV or .jsonl) or a saved profile (.json from 'anneal drift profile').")
    var reference: String

    @Option(help: "Current data (CSV or .jsonl) with the same columns.")
    var current: String

    @Option(help: "Target column: tested like the others, reported apart, not counted in drift_share.")
    var target: String?

    @Option(help: "Model bundle from 'anneal train': also test its predictions on both files (prediction drift).")
    var model: String?

    @Option(
        help:
            ArgumentHelp(
                "Test for every column: \(DriftTestName.list) (chi2 = chi-square, z = two-proportion z-test, "
                    + "js = Jensen–Shannon).")
    )
    var tests: DriftTestName = .auto

    @Option(help: "Threshold for every column (default: 0.05 for p-values, 0.1 for distances).")
    var threshold: Double?

    @Option(name: .customLong("drift-share"), help: "Share of drifted feature columns at which the dataset drifts.")
    var driftShare: Double = 0.5

    @Option(parsing: .singleValue, help: "Leave this column out (identifiers, timestamps); repeatable.")
    var ignore: [String] = []

    @Option(help: "text or json.")
    var format: ReportFormat = .text

    @Option(help: "Also write a self-contained HTML report with histograms here.")
    var out: String?

    @Flag(name: .customLong("fail-on-drift"), help: "Exit 1 when dataset_drift is true (CI gate).")
    var failOnDrift = false

    func validate() throws {
        if let threshold, !(threshold.isFinite && threshold > 0) {
            throw ValidationError("--threshold must be a positive number, got \(threshold)")
        }
        if !(driftShare > 0 && driftShare <= 1) {
            throw ValidationError("--drift-share must be in (0, 1], got \(driftShare)")
        }
        if let out, !out.lowercased().hasSuffix(".html") {
            throw ValidationError("--out must name an .html file, got '\(out)'")
        }
        if model != nil && DriftReference.isProfile(reference) {
            throw ValidationError(
                "--model needs --reference to be a data file: the profile '\(reference)' has no rows to predict; "
                    + "pass the reference CSV instead")
        }
        if let target, ignore.contains(target) {
            throw ValidationError("--target '\(target)' is also given to --ignore; drop one of them")
        }
    }

    func run() async throws {
        var datasetDrift = false
        try await reportingErrors {
            let ignored = Set(ignore)
            // The reference (read and summarised) and the current file are read at the same time: on large files
            // the CSV parsing dominates, and each file is parsed on one core.
            let (referencePath, currentPath) = (reference, current)
            async let loadedBase = DriftReference.load(referencePath, ignoring: ignored)
            async let loadedTable = TableFile.read(currentPath, role: "current file")
            let base = try await loadedBase
            let table = try await loadedTable
            let columns = try base.currentColumns(table, path: current, ignoring: ignored)
            if let target { _ = try TableFile.column(target, in: table, path: current, option: "--target") }
            let features = columns.filter { $0.name != target }.map(DriftColumn.init)
            guard !features.isEmpty else {
                throw CLIError.data("'\(current)' has no feature column besides the target '\(target ?? "")'")
            }
            var summary = try compare(base.profile, features: features, columns: columns)
            let prediction = try model.map {
                try PredictionDrift(model: $0, reference: reference, current: current, options: options)
            }
            summary.prediction = prediction?.columns
            datasetDrift = summary.features.datasetDrift
            switch format {
            case .json: print(try summary.json())
            case .text: print(summary.text(heading: heading(base, rows: table.rowCount)), terminator: "")
            }
            if let out {
                let page = DriftHTMLReport.make(
                    summary, reference: base.profile,
                    current: Dictionary(uniqueKeysWithValues: columns.map { ($0.name, DriftColumn($0)) }),
                    facts: facts(base, rows: table.rowCount), prediction: prediction)
                try AtomicFile.write(Data(page.html().utf8), to: out)
                let note = "wrote \(out)\n"
                if format == .json { Terminal.standardError.write(note) } else { print(note, terminator: "") }
            }
        }
        if failOnDrift && datasetDrift { throw ExitCode(1) }
    }

    /// The test, threshold and share from the command line.
    private var options: DriftOptions {
        var options = DriftOptions()
        options.method = tests.method
        options.threshold = threshold
        options.datasetDriftShare = driftShare
        return options
    }

    private func compare(_ profile: ReferenceProfile, features: [DriftColumn], columns: [Column]) throws
        -> DriftSummary
    {
        let options = self.options
        do {
            let report = try DriftReport(reference: profile, current: features, options: options)
            let targetDrift = try target.flatMap { name in
                try columns.first { $0.name == name }.map {
                    try DriftReport(reference: profile, current: [DriftColumn($0)], options: options).columns[0]
                }
            }
            let missing = Dictionary(uniqueKeysWithValues: columns.map { ($0.name, $0.missingCount) })
            return DriftSummary(features: report, target: targetDrift, missing: missing)
        } catch let error as DriftError {
            throw CLIError.data("\(error.message) (reference '\(reference)', current '\(current)')")
        }
    }

    private func heading(_ base: DriftReference, rows: Int) -> String {
        "drift of '\(current)' (\(rows) rows) against \(referenceText(base)); tests: \(tests.rawValue)"
    }

    private func referenceText(_ base: DriftReference) -> String {
        base.rows.map { "'\(reference)' (\($0) rows)" } ?? "the profile '\(reference)'"
    }

    private func facts(_ base: DriftReference, rows: Int) -> [(String, String)] {
        [
            ("reference", base.rows.map { "\(reference) (\($0) rows)" } ?? "\(reference) (saved profile)"),
            ("current", "\(current) (\(rows) rows)"), ("tests", tests.rawValue),
            ("threshold", threshold.map { "\($0)" } ?? "default (0.05 p-value, 0.1 distance)"),
            ("drift share", "\(driftShare)"),
        ] + (target.map { [("target", $0)] } ?? []) + (model.map { [("model", $0)] } ?? [])
    }
}
