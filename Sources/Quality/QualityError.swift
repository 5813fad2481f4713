/// The one error type of the Quality module: what went wrong, the offending value, and the fix.
///
/// Codes are an extensible set (swift-nio style), so new codes do not break callers' `switch`es.
public struct QualityError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kind of failure.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Wrapped: String, Hashable, Sendable {
            case emptyTable, missingColumn, invalidArgument, invalidSchema, invalidProbabilities, io
        }
        private let wrapped: Wrapped
        private init(_ wrapped: Wrapped) { self.wrapped = wrapped }

        /// The table has no rows (or no columns), so there is nothing to check.
        public static let emptyTable = Code(.emptyTable)
        /// A named column (the target, a schema column) is not in the table.
        public static let missingColumn = Code(.missingColumn)
        /// An option or argument is outside its allowed range.
        public static let invalidArgument = Code(.invalidArgument)
        /// A schema file cannot be decoded or contradicts itself.
        public static let invalidSchema = Code(.invalidSchema)
        /// Predicted probabilities do not match the labels (shape, classes, values).
        public static let invalidProbabilities = Code(.invalidProbabilities)
        /// A file cannot be read.
        public static let io = Code(.io)

        public var description: String { wrapped.rawValue }
    }

    /// The kind of failure.
    public let code: Code
    /// A sentence naming the field, the offending value and the fix.
    public let message: String

    /// Creates an error with a code and a message naming the field, the value and the fix.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(code): \(message)" }
}
