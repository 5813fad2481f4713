import Foundation

/// Remembers the database id of each (run, key) series after its creation was committed, so steady-state logging
/// does not look it up again.
final class SeriesCache: @unchecked Sendable {
    private let lock = NSLock()
    private var ids: [String: [String: Int64]] = [:]

    func id(runID: String, key: String) -> Int64? {
        lock.lock()
        defer { lock.unlock() }
        return ids[runID]?[key]
    }

    func remember(_ found: [String: Int64], runID: String) {
        guard !found.isEmpty else { return }
        lock.lock()
        defer { lock.unlock() }
        ids[runID, default: [:]].merge(found) { _, new in new }
    }
}
