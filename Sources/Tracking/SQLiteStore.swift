import Foundation
import GRDB

/// The embedded store: one SQLite file (WAL mode, synchronous FULL) plus a content-addressed artifact folder.
///
/// Several processes on one machine may write at once: every write is a `BEGIN IMMEDIATE` transaction, waits up to
/// the busy timeout for the lock and is retried with back-off, so "database is locked" does not reach the user.
public final class SQLiteStore: Store {
    public let location: StoreLocation
    let pool: DatabasePool
    let artifactDirectory: ArtifactDirectory
    let seriesCache = SeriesCache()
    let databasePath: String

    /// How long one write waits for another process's lock before retrying.
    static let busyTimeout: TimeInterval = 5
    /// How many times a write that still finds the database busy is retried.
    static let busyRetries = 20

    /// Opens (creating or upgrading) the SQLite store at `location`.
    /// - Throws: `invalidLocation` for a PostgreSQL location, `schemaTooNew`, `io` or `database` errors.
    public convenience init(location: StoreLocation) async throws {
        try await self.init(location: location, migrateUpTo: SQLiteSchema.currentVersion)
    }

    /// Opens a store at an explicit schema version (tests create "older" stores with it).
    init(location: StoreLocation, migrateUpTo target: Int) async throws {
        guard case .sqlite(let database, let artifacts) = location else {
            throw TrackingError(.invalidLocation, "\(location) is not a SQLite location")
        }
        self.location = location
        self.databasePath = database.path
        do {
            try FileManager.default.createDirectory(
                at: database.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw TrackingError(.io, "cannot create folder for \(database.path): \(error.localizedDescription)")
        }
        self.artifactDirectory = try ArtifactDirectory(root: artifacts)
        var config = Configuration()
        config.busyMode = .timeout(Self.busyTimeout)
        config.foreignKeysEnabled = true
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        let path = database.path
        let configuration = config
        self.pool = try await Self.retryingBusy(path: path) {
            try DatabasePool(path: path, configuration: configuration)
        }
        try await Self.retryingBusy(path: path) { [pool] in
            try await pool.write { db in try SQLiteSchema.migrate(db, path: path, upTo: target) }
        }
    }

    public func schemaVersion() async throws -> Int {
        try await read { db in try Int.fetchOne(db, sql: "SELECT version FROM schema_version") ?? 0 }
    }

    public func close() async throws {
        try pool.close()
    }

    /// Runs `updates` in one `BEGIN IMMEDIATE` transaction, retrying while another process holds the lock.
    func write<T: Sendable>(_ updates: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await Self.retryingBusy(path: databasePath) { [pool] in try await pool.write(updates) }
    }

    /// Runs `value` on a read snapshot.
    func read<T: Sendable>(_ value: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await Self.retryingBusy(path: databasePath) { [pool] in try await pool.read(value) }
    }

    static func retryingBusy<T>(path: String, _ body: () async throws -> T) async throws -> T {
        var attempt = 0
        while true {
            do {
                return try await body()
            } catch let error as DatabaseError
                where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
            {
                attempt += 1
                if attempt > busyRetries {
                    throw TrackingError(
                        .database,
                        "the SQLite store \(path) stayed locked by other processes for too long (\(attempt) attempts): "
                            + "\(error.message ?? "busy"); use a PostgreSQL store for this many writers")
                }
                let delay = UInt64(min(200, 5 << min(attempt, 6))) * 1_000_000
                try await Task.sleep(nanoseconds: delay + UInt64.random(in: 0...5_000_000))
            } catch let error as DatabaseError {
                throw TrackingError(.database, "SQLite error in \(path): \(error.message ?? error.description)")
            }
        }
    }

    static func newID() -> String { UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased() }
}
