import ArgumentParser
import Foundation
import Tracking

/// `anneal audit export`: the whole chain as JSON Lines.
struct AuditExport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every audit event as JSON Lines (one record per line, oldest first).",
        discussion: """
            Each line holds seq, timeMicros, kind, subject, details (the JSON text exactly as hashed), actor, \
            prevHash and hash, so the chain can be re-checked outside Anneal.
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Write to this file (atomically) instead of standard output.")
    var out: String?

    func run() async throws {
        try await reportingErrors {
            let text = try await storeOptions.withStore { store in
                var text = ""
                try await AuditReader.forEachPage(in: store) { page in
                    for record in page { text += try JSONOutput.line(record) + "\n" }
                }
                return text
            }
            if let out {
                try AtomicFile.write(Data(text.utf8), to: out)
            } else {
                print(text, terminator: "")
            }
        }
    }
}
