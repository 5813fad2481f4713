import ArgumentParser
import Foundation
import Tracking

/// `anneal audit list`: the latest audit events.
struct AuditList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List audit events: the latest --limit, or those after --after SEQ.")

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "At most this many events.")
    var limit: Int = 20

    @Option(help: "Start after this sequence number (oldest first) instead of showing the latest events.")
    var after: Int64?

    @Option(help: "text or json.")
    var format: ReportFormat = .text

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be 1 or more, got \(limit)") }
        if let after, after < 0 { throw ValidationError("--after must be 0 or more, got \(after)") }
    }

    func run() async throws {
        try await reportingErrors {
            let records = try await storeOptions.withStore { store in
                if let after { return try await store.auditRecords(afterSeq: after, limit: limit) }
                return try await AuditReader.tail(limit, in: store)
            }
            switch format {
            case .json: print(try JSONOutput.pretty(records))
            case .text: print(Self.text(records), terminator: "")
            }
        }
    }

    static func text(_ records: [AuditRecord]) -> String {
        guard !records.isEmpty else { return "no audit events\n" }
        var table = TextTable("SEQ", "TIME", "KIND", "SUBJECT", "ACTOR", "DETAILS")
        for record in records {
            table.append(
                "\(record.seq)", TextFormat.time(record.time), record.kind, record.subject, record.actor, record.details)
        }
        return table.text
    }
}
