import ArgumentParser
import Drift
import Foundation

/// `anneal drift profile`: summarise reference data once, for `anneal drift --reference PROFILE.json`.
struct DriftProfile: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile",
        abstract: "Save a reference profile (JSON) so later drift checks need not re-read the reference data.",
        discussion: """
            The profile keeps, per numeric column, the sorted sample, standard deviation and quantile bins; per \
            categorical column (and numeric ones with at most 5 distinct values), the category counts. Without \
            --sketch-size a report against the profile equals one against the data file.
            """)

    @Argument(help: "Reference data: a CSV or .jsonl file.")
    var file: String

    @Option(help: "Where to write the profile (.json).")
    var out: String

    @Option(help: "Quantile bins for psi and js.")
    var bins: Int = 10

    @Option(
        name: .customLong("sketch-size"),
        help:
            ArgumentHelp(
                "Keep only this many quantiles of longer numeric columns "
                    + "(smaller file; ks and wasserstein become approximate).")
    )
    var sketchSize: Int?

    @Option(parsing: .singleValue, help: "Leave this column out; repeatable.")
    var ignore: [String] = []

    func validate() throws {
        if bins < 2 { throw ValidationError("--bins must be at least 2, got \(bins)") }
        if let sketchSize, sketchSize < 2 {
            throw ValidationError("--sketch-size must be at least 2, got \(sketchSize)")
        }
        if !out.lowercased().hasSuffix(".json") {
            throw ValidationError("--out must name a .json file, got '\(out)'")
        }
    }

    func run() async throws {
        try await reportingErrors {
            try TableFile.requireReadable(file, role: "reference file")
            if DriftReference.isProfile(file) {
                throw CLIError.data("'\(file)' is already a profile; give the reference data (CSV or .jsonl)")
            }
            let reference = try DriftReference.load(file, ignoring: Set(ignore), bins: bins, sketchSize: sketchSize)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            try AtomicFile.write(try encoder.encode(reference.profile), to: out)
            let sketched = reference.profile.columns.filter(\.isSketch).count
            let note = sketched > 0 ? ", \(sketched) sketched to \(sketchSize ?? 0) quantiles" : ""
            print("wrote \(out): \(reference.profile.columns.count) columns from \(reference.rows ?? 0) rows\(note)")
        }
    }
}
