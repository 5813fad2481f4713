import Foundation

/// Where a store lives: a SQLite file with an artifact folder beside it, or a PostgreSQL server with an artifact
/// folder on a shared file system.
public enum StoreLocation: Sendable, Hashable, CustomStringConvertible {
    /// A SQLite database file and the folder holding its artifacts.
    case sqlite(database: URL, artifacts: URL)
    /// A PostgreSQL server and the folder holding artifacts.
    case postgres(PostgresEndpoint, artifacts: URL)

    /// The environment variable that names the default store.
    public static let environmentVariable = "ANNEAL_STORE"
    /// The default store folder, relative to the working directory.
    public static let defaultDirectory = ".anneal"

    /// Parses a location: a `postgres://` URL is PostgreSQL, anything else is a path. A path ending in `.sqlite`,
    /// `.sqlite3` or `.db` is the database file (artifacts go in `artifacts/` beside it); any other path is a folder
    /// holding `anneal.sqlite` and `artifacts/`.
    /// - Parameters:
    ///   - text: the path or URL.
    ///   - artifactDirectory: for PostgreSQL, where artifacts are kept (default `.anneal/artifacts`).
    /// - Throws: `invalidLocation` naming the text and the accepted forms.
    public init(parsing text: String, artifactDirectory: URL? = nil) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else {
            throw TrackingError(
                .invalidLocation, "the store location is empty: give a folder such as .anneal or a postgres:// URL")
        }
        let lower = trimmed.lowercased()
        if lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://") {
            let artifacts =
                artifactDirectory
                ?? URL(fileURLWithPath: Self.defaultDirectory).appendingPathComponent("artifacts")
            self = .postgres(try PostgresEndpoint(url: trimmed), artifacts: artifacts.standardizedFileURL)
            return
        }
        if lower.contains("://") {
            throw TrackingError(
                .invalidLocation, "store '\(trimmed)' uses an unknown scheme: give a folder path or a postgres:// URL")
        }
        let url = URL(fileURLWithPath: (trimmed as NSString).expandingTildeInPath).standardizedFileURL
        if ["sqlite", "sqlite3", "db"].contains(url.pathExtension.lowercased()) {
            self = .sqlite(
                database: url,
                artifacts: artifactDirectory ?? url.deletingLastPathComponent().appendingPathComponent("artifacts"))
        } else {
            self = .sqlite(
                database: url.appendingPathComponent("anneal.sqlite"),
                artifacts: artifactDirectory ?? url.appendingPathComponent("artifacts"))
        }
    }

    /// The location to use: `text` when given, else `$ANNEAL_STORE`, else `./.anneal`.
    public static func resolve(
        _ text: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
        artifactDirectory: URL? = nil
    ) throws -> StoreLocation {
        if let text, !text.isEmpty { return try StoreLocation(parsing: text, artifactDirectory: artifactDirectory) }
        if let fromEnv = environment[environmentVariable], !fromEnv.isEmpty {
            return try StoreLocation(parsing: fromEnv, artifactDirectory: artifactDirectory)
        }
        return try StoreLocation(parsing: defaultDirectory, artifactDirectory: artifactDirectory)
    }

    /// The artifact folder.
    public var artifactDirectory: URL {
        switch self {
        case .sqlite(_, let artifacts), .postgres(_, let artifacts): artifacts
        }
    }

    /// Opens (creating or upgrading when needed) the store at this location.
    /// - Throws: `unreachable` for a server that cannot be reached, `schemaTooNew` for a store from a newer Anneal.
    public func open() async throws -> any Store {
        switch self {
        case .sqlite: return try await SQLiteStore(location: self)
        case .postgres: return try await PostgresStore(location: self)
        }
    }

    public var description: String {
        switch self {
        case .sqlite(let database, _): "sqlite:\(database.path)"
        case .postgres(let endpoint, _): endpoint.description
        }
    }
}
