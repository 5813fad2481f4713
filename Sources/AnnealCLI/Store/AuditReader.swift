import Tracking

/// Reads the audit chain page by page, so a long chain is never one query.
enum AuditReader {
    /// Records fetched per query.
    static let pageSize = 1000

    /// Calls `body` with each page of records after `afterSeq`, in order, until the chain ends.
    static func forEachPage(
        in store: any Store, afterSeq: Int64 = 0, _ body: ([AuditRecord]) throws -> Void
    ) async throws {
        var cursor = afterSeq
        while true {
            let page = try await store.auditRecords(afterSeq: cursor, limit: pageSize)
            guard let last = page.last else { return }
            try body(page)
            cursor = last.seq
            if page.count < pageSize { return }
        }
    }

    /// The last `count` records of the chain, oldest first.
    static func tail(_ count: Int, in store: any Store) async throws -> [AuditRecord] {
        var kept: [AuditRecord] = []
        try await forEachPage(in: store) { page in
            kept += page
            if kept.count > count { kept.removeFirst(kept.count - count) }
        }
        return kept
    }
}
