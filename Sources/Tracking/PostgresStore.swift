import Foundation
import PostgresNIO

/// The shared store: a PostgreSQL database (many processes and machines at once) plus a content-addressed artifact
/// folder, which must be on a file system every writer sees.
public final class PostgresStore: Store {
    public let location: StoreLocation
    let endpoint: PostgresEndpoint
    let client: PostgresClient
    let artifactDirectory: ArtifactDirectory
    let seriesCache = SeriesCache()
    let logger: Logger
    private let runner: Task<Void, Never>

    /// Connects to the server, creating or upgrading the schema.
    /// - Throws: `unreachable` naming host, port and the reason; `schemaTooNew`; `database` errors.
    public convenience init(location: StoreLocation) async throws {
        try await self.init(location: location, migrateUpTo: PostgresSchema.currentVersion)
    }

    init(location: StoreLocation, migrateUpTo target: Int) async throws {
        guard case .postgres(let endpoint, let artifacts) = location else {
            throw TrackingError(.invalidLocation, "\(location) is not a PostgreSQL location")
        }
        var logger = Logger(label: "anneal.tracking.postgres")
        logger.logLevel = .critical
        self.location = location
        self.endpoint = endpoint
        self.logger = logger
        self.artifactDirectory = try ArtifactDirectory(root: artifacts)
        let tls = try Self.tls(endpoint.tls)
        // One plain connection first: it proves the server is reachable (with a clear error) and runs migrations.
        var single = PostgresConnection.Configuration(
            host: endpoint.host, port: endpoint.port, username: endpoint.user, password: endpoint.password,
            database: endpoint.database, tls: tls.connection)
        single.options.connectTimeout = .seconds(10)
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(configuration: single, id: 0, logger: logger)
        } catch {
            throw TrackingError(
                .unreachable,
                "cannot reach PostgreSQL at \(endpoint.host):\(endpoint.port) (database '\(endpoint.database)', "
                    + "user '\(endpoint.user)'): \(Self.reason(error)); check the server is running and the URL")
        }
        do {
            try await Self.migrate(connection, endpoint: endpoint, upTo: target, logger: logger)
            try await connection.close()
        } catch {
            try? await connection.close()
            throw Self.translate(error, endpoint: endpoint)
        }
        var configuration = PostgresClient.Configuration(
            host: endpoint.host, port: endpoint.port, username: endpoint.user, password: endpoint.password,
            database: endpoint.database, tls: tls.client)
        configuration.options.maximumConnections = 8
        configuration.options.connectTimeout = .seconds(10)
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        self.runner = Task { await client.run() }
    }

    public func schemaVersion() async throws -> Int {
        try await withConnection { connection in
            let rows = try await connection.query("SELECT version FROM schema_version", logger: self.logger)
            for try await version in rows.decode(Int.self) { return version }
            return 0
        }
    }

    public func close() async throws {
        runner.cancel()
        _ = await runner.value
    }

    /// Runs `body` on a pooled connection, turning driver errors into `TrackingError`s.
    func withConnection<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        do {
            return try await client.withConnection { connection in try await body(connection) }
        } catch {
            throw Self.translate(error, endpoint: endpoint)
        }
    }

    /// Runs `body` in one transaction (`BEGIN` ... `COMMIT`, or `ROLLBACK` when it throws).
    func transaction<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        try await withConnection { connection in
            try await connection.query("BEGIN", logger: self.logger)
            do {
                let value = try await body(connection)
                try await connection.query("COMMIT", logger: self.logger)
                return value
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: self.logger)
                throw error
            }
        }
    }

    static func migrate(
        _ connection: PostgresConnection, endpoint: PostgresEndpoint, upTo target: Int, logger: Logger
    ) async throws {
        try await connection.query("SELECT pg_advisory_lock(\(PostgresSchema.migrationLock))", logger: logger)
        do {
            try await connection.query("BEGIN", logger: logger)
            try await connection.query(
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)", logger: logger)
            var stored: Int?
            for try await version in try await connection.query("SELECT version FROM schema_version", logger: logger)
                .decode(Int.self)
            {
                stored = version
            }
            if stored == nil {
                try await connection.query("INSERT INTO schema_version (version) VALUES (0)", logger: logger)
            }
            let version = stored ?? 0
            if version > PostgresSchema.currentVersion {
                throw TrackingError(
                    .schemaTooNew,
                    "the store \(endpoint) has schema version \(version) but this Anneal knows versions up to "
                        + "\(PostgresSchema.currentVersion): upgrade Anneal to open it")
            }
            if version < target {
                for index in version..<target {
                    for statement in statements(PostgresSchema.migrations[index]) {
                        try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                    }
                }
                try await connection.query("UPDATE schema_version SET version = \(target)", logger: logger)
            }
            try await connection.query("COMMIT", logger: logger)
        } catch {
            _ = try? await connection.query("ROLLBACK", logger: logger)
            _ = try? await connection.query(
                "SELECT pg_advisory_unlock(\(PostgresSchema.migrationLock))", logger: logger)
            throw error
        }
        try await connection.query("SELECT pg_advisory_unlock(\(PostgresSchema.migrationLock))", logger: logger)
    }

    /// Splits a migration into single statements (the extended protocol runs one at a time).
    static func statements(_ script: String) -> [String] {
        script.components(separatedBy: ";\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .map { $0.hasSuffix(";") ? String($0.dropLast()) : $0 }.filter { !$0.isEmpty }
    }

    static func tls(_ mode: PostgresEndpoint.TLSMode) throws -> (
        connection: PostgresConnection.Configuration.TLS, client: PostgresClient.Configuration.TLS
    ) {
        switch mode {
        case .disable: return (.disable, .disable)
        case .prefer:
            let context = try NIOSSLContext(configuration: .makeClientConfiguration())
            return (.prefer(context), .prefer(.makeClientConfiguration()))
        case .require:
            let context = try NIOSSLContext(configuration: .makeClientConfiguration())
            return (.require(context), .require(.makeClientConfiguration()))
        }
    }

    static func translate(_ error: any Error, endpoint: PostgresEndpoint) -> any Error {
        if error is TrackingError || error is CancellationError { return error }
        if let psql = error as? PSQLError, psql.code == .server {
            return TrackingError(.database, "PostgreSQL \(endpoint) rejected a query: \(reason(psql))")
        }
        return TrackingError(.database, "PostgreSQL \(endpoint): \(reason(error))")
    }

    /// A readable cause (PSQLError hides details from `description`).
    static func reason(_ error: any Error) -> String {
        guard let psql = error as? PSQLError else { return String(describing: error) }
        if let message = psql.serverInfo?[.message] {
            let state = psql.serverInfo?[.sqlState].map { " (SQLSTATE \($0))" } ?? ""
            return message + state
        }
        if let underlying = psql.underlying { return String(describing: underlying) }
        return psql.code.description
    }

    static func newID() -> String { UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased() }
}
