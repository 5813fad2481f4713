import Foundation

/// The one error type of the Tracking module: a code to match on and a message that names the value and the fix.
public struct TrackingError: Error, Equatable, CustomStringConvertible, Sendable {
    /// What kind of failure happened. Extensible: new codes may be added without breaking `switch` users.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Wrapped: String {
            case invalidLocation, unreachable, notFound, conflict, immutableParam, invalidArgument
            case artifactCorrupt, artifactMissing, schemaTooNew, database, io
        }
        private let wrapped: Wrapped
        private init(_ wrapped: Wrapped) { self.wrapped = wrapped }

        /// A store location (path or URL) that cannot be parsed.
        public static let invalidLocation = Code(.invalidLocation)
        /// The PostgreSQL server could not be reached.
        public static let unreachable = Code(.unreachable)
        /// A run, experiment, model, version, alias or artifact does not exist.
        public static let notFound = Code(.notFound)
        /// The request contradicts what the store already holds (duplicate name, finished run, ...).
        public static let conflict = Code(.conflict)
        /// A parameter was set twice with different values.
        public static let immutableParam = Code(.immutableParam)
        /// An argument is out of range or malformed.
        public static let invalidArgument = Code(.invalidArgument)
        /// An artifact's bytes do not hash to its recorded SHA-256.
        public static let artifactCorrupt = Code(.artifactCorrupt)
        /// An artifact's file is missing from the artifact directory.
        public static let artifactMissing = Code(.artifactMissing)
        /// The store was written by a newer Anneal whose schema this binary does not know.
        public static let schemaTooNew = Code(.schemaTooNew)
        /// The database reported an error.
        public static let database = Code(.database)
        /// A file-system operation failed.
        public static let io = Code(.io)

        public var description: String { wrapped.rawValue }
    }

    /// The kind of failure.
    public let code: Code
    /// A sentence naming the offending value and how to fix it.
    public let message: String

    /// Creates an error with a code and a message naming the value and the fix.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(code): \(message)" }
}
