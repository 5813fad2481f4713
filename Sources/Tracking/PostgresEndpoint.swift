import Foundation

/// A PostgreSQL server address parsed from `postgres://user[:password]@host[:port]/database[?sslmode=…]`.
public struct PostgresEndpoint: Sendable, Hashable, CustomStringConvertible {
    /// How the connection uses TLS (`sslmode` in the URL; `disable` by default).
    public enum TLSMode: String, Sendable, Hashable {
        /// Plain TCP (the default, for trusted networks and loopback).
        case disable
        /// TLS when the server offers it.
        case prefer
        /// TLS or fail.
        case require
    }

    /// Server host name or address.
    public var host: String
    /// Server port (default 5432).
    public var port: Int
    /// User name.
    public var user: String
    /// Password, if the server asks for one.
    public var password: String?
    /// Database name.
    public var database: String
    /// TLS use.
    public var tls: TLSMode

    /// Creates an endpoint.
    public init(
        host: String, port: Int = 5432, user: String, password: String? = nil, database: String,
        tls: TLSMode = .disable
    ) {
        self.host = host
        self.port = port
        self.user = user
        self.password = password
        self.database = database
        self.tls = tls
    }

    /// Parses a `postgres://` or `postgresql://` URL.
    /// - Throws: `invalidLocation` naming the URL and what is missing.
    public init(url text: String) throws {
        guard let components = URLComponents(string: text),
            let scheme = components.scheme?.lowercased(), scheme == "postgres" || scheme == "postgresql"
        else {
            throw TrackingError(
                .invalidLocation,
                "'\(Self.redacted(text))' is not a PostgreSQL URL: use postgres://user[:pass]@host:port/db")
        }
        guard let host = components.host, !host.isEmpty else {
            throw TrackingError(
                .invalidLocation, "'\(Self.redacted(text))' names no host: use postgres://user@host:5432/db")
        }
        guard let user = components.user, !user.isEmpty else {
            throw TrackingError(
                .invalidLocation, "'\(Self.redacted(text))' names no user: use postgres://user@\(host)/db")
        }
        let database = String(components.path.drop { $0 == "/" })
        guard !database.isEmpty else {
            throw TrackingError(
                .invalidLocation, "'\(Self.redacted(text))' names no database: add it after the host, e.g. /anneal")
        }
        var tls = TLSMode.disable
        if let mode = components.queryItems?.first(where: { $0.name == "sslmode" })?.value {
            guard let parsed = TLSMode(rawValue: mode) else {
                throw TrackingError(
                    .invalidLocation, "sslmode '\(mode)' is not supported: use disable, prefer or require")
            }
            tls = parsed
        }
        self.init(
            host: host, port: components.port ?? 5432,
            user: components.percentEncodedUser?.removingPercentEncoding ?? user,
            password: components.percentEncodedPassword?.removingPercentEncoding, database: database, tls: tls)
    }

    /// The URL without the password.
    public var description: String { "postgres://\(user)@\(host):\(port)/\(database)" }

    private static func redacted(_ text: String) -> String {
        guard var components = URLComponents(string: text), components.password != nil else { return text }
        components.password = "***"
        return components.string ?? text
    }
}
