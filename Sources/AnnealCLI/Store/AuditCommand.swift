import ArgumentParser

/// `anneal audit`: the hash-linked record of registry changes and of rate changes the system made on its own.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "List, verify and export the audit chain.",
        discussion: """
            Every model version, alias move and rollback, and every learning-rate change made by the system itself \
            (divergence guard, plateau cut, ...) is an event whose hash covers the previous event's hash, so an \
            edited, deleted, inserted or reordered event is found by `anneal audit verify`.
            """,
        subcommands: [AuditList.self, AuditVerify.self, AuditExport.self]
    )
}
