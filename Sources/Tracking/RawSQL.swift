import Foundation
import GRDB
import PostgresNIO

/// Direct SQL access to a store's database, for tests that tamper with the audit chain or fake an old or future
/// schema. Not public: nothing outside tests should bypass the store's rules.
protocol RawSQL {
    func executeRaw(_ sql: String) async throws
}

extension SQLiteStore: RawSQL {
    func executeRaw(_ sql: String) async throws {
        try await write { db in try db.execute(sql: sql) }
    }
}

extension PostgresStore: RawSQL {
    func executeRaw(_ sql: String) async throws {
        try await transaction { connection in
            for statement in Self.statements(sql) {
                try await connection.query(PostgresQuery(unsafeSQL: statement), logger: self.logger)
            }
        }
    }

    /// Creates (or, with `drop`, drops) a database on the server `endpoint` points at, connecting to `endpoint`'s
    /// own database to do it. Tests use it to give each case a fresh database.
    static func administer(_ endpoint: PostgresEndpoint, database: String, drop: Bool) async throws {
        var logger = Logger(label: "anneal.tracking.postgres")
        logger.logLevel = .critical
        let configuration = PostgresConnection.Configuration(
            host: endpoint.host, port: endpoint.port, username: endpoint.user, password: endpoint.password,
            database: endpoint.database, tls: .disable)
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        let sql = drop ? "DROP DATABASE IF EXISTS \"\(database)\" WITH (FORCE)" : "CREATE DATABASE \"\(database)\""
        do {
            try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger)
            try await connection.close()
        } catch {
            try? await connection.close()
            throw translate(error, endpoint: endpoint)
        }
    }
}
