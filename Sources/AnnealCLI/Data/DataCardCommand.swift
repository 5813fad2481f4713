import ArgumentParser
import Datasets
import Foundation
import Quality

/// `anneal data card`: the provenance card of a data file.
struct DataCardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "card",
        abstract: "Print a data file's provenance card: SHA-256, size, rows, columns, schema hash, path, time.",
        discussion: """
            The SHA-256 is over the file's bytes (equal to sha256sum's). The schema hash covers column names and \
            types only, so files with the same layout share it whatever their rows.
            """)

    @Argument(help: "A CSV or .jsonl file.")
    var file: String

    @Option(help: "text or json.")
    var format: ReportFormat = .text

    func run() async throws {
        try await reportingErrors {
            try TableFile.requireReadable(file, role: "data file")
            let card: ProvenanceCard
            do {
                card = try ProvenanceCard.make(path: file)
            } catch let error as DatasetError {
                throw TableFile.dataError(error, path: file, role: "data file")
            } catch let error as QualityError {
                throw CLIError.missingFile("data file '\(file)': \(error.message)")
            }
            if card.columns == 0 {
                throw CLIError.data("data file '\(file)' has no columns; give a file with a header line")
            }
            switch format {
            case .json: print(String(decoding: try card.json(), as: UTF8.self))
            case .text: print(card.text, terminator: "")
            }
        }
    }
}
