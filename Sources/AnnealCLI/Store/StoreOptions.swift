import ArgumentParser
import Foundation
import Tracking

/// `--store`: where runs, metrics, artifacts, the registry and the audit chain live. Shared by every command that
/// reads or writes tracking data (`anneal runs`, `anneal registry`, `anneal audit`, `anneal train`).
///
/// Resolution order: `--store`, then `$ANNEAL_STORE`, then `./.anneal`. A folder holds `anneal.sqlite` and
/// `artifacts/`; a path ending in `.sqlite`, `.sqlite3` or `.db` is the database file itself; a `postgres://` URL is a
/// shared PostgreSQL store.
///
/// Exit codes when the store cannot be opened: 65 for a malformed location, a store written by a newer Anneal or a
/// damaged database; 66 when its folder cannot be created; 69 (`EX_UNAVAILABLE`) when a PostgreSQL server cannot be
/// reached, so scripts can retry later.
struct StoreOptions: ParsableArguments {
    /// The exit code for a store server that cannot be reached (sysexits `EX_UNAVAILABLE`).
    static let unavailableExitCode: Int32 = 69

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The store: a folder (default .anneal), a .sqlite file or a postgres://user@host:port/db URL. "
                + "Defaults to $\(StoreLocation.environmentVariable) when set.",
            valueName: "path-or-url"))
    var store: String?

    init() {}

    /// The location to open: `--store`, else `$ANNEAL_STORE`, else `./.anneal`.
    /// - Throws: `CLIError` (65) naming the location and the accepted forms.
    func location() throws -> StoreLocation {
        do {
            return try StoreLocation.resolve(store)
        } catch let error as TrackingError {
            throw CLIError(tracking: error)
        }
    }

    /// Opens the store, creating or upgrading it when needed.
    ///
    /// A PostgreSQL server that cannot be reached is reported on standard error as `error: cannot reach PostgreSQL
    /// at host:port …: why` and ends the command with exit code 69 (`ExitCode(69)` is thrown, which
    /// `reportingErrors` passes through).
    /// - Returns: the open store; call `close()` when done.
    /// - Throws: `CLIError` (65: newer store, bad location, damaged database; 66: folder cannot be created) or
    ///   `ExitCode(69)` for an unreachable server.
    func open() async throws -> any Store {
        let location = try location()
        do {
            return try await location.open()
        } catch let error as TrackingError where error.code == .unreachable {
            Terminal.standardError.write("error: \(error.message)\n")
            throw ExitCode(Self.unavailableExitCode)
        } catch let error as TrackingError {
            throw CLIError(tracking: error)
        } catch {
            throw CLIError.data("cannot open the store \(location): \(error)")
        }
    }

    /// Opens the store, runs `body` with it and closes it, also when `body` throws. A `TrackingError` from `body`
    /// becomes a `CLIError` (see `CLIError(tracking:)`), so `reportingErrors` prints it with its exit code.
    func withStore<T>(_ body: (any Store) async throws -> T) async throws -> T {
        let store = try await open()
        do {
            let value = try await body(store)
            try? await store.close()
            return value
        } catch let error as TrackingError {
            try? await store.close()
            throw CLIError(tracking: error)
        } catch {
            try? await store.close()
            throw error
        }
    }
}
