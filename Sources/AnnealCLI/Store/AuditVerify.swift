import ArgumentParser
import Foundation
import Tracking

/// `anneal audit verify`: recomputes the chain and names the first bad event.
struct AuditVerify: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that no audit event was edited, deleted, inserted or reordered.",
        discussion: """
            Prints "ok: N events, chain intact" and exits 0, or names the first bad event and why, and exits 1.
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "text or json.")
    var format: ReportFormat = .text

    func run() async throws {
        try await reportingErrors {
            let result = try await storeOptions.withStore { store in try await store.verifyAudit() }
            switch format {
            case .json: print(try JSONOutput.pretty(result))
            case .text: print(Self.text(result))
            }
            if !result.isIntact { throw ExitCode.failure }
        }
    }

    static func text(_ result: AuditVerification) -> String {
        guard let seq = result.firstBadSeq else { return "ok: \(result.eventCount) events, chain intact" }
        return "broken: event \(seq) of \(result.eventCount): \(result.problem ?? "does not match the chain")"
    }
}
