/// The one error type of the Tensors module: what went wrong, the offending value, and the fix.
public struct TensorsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of failure. Extensible: new codes can be added without breaking callers.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Wrapped: Sendable, Hashable {
            case shapeMismatch, invalidArgument, invalidState
        }
        private let wrapped: Wrapped
        private init(_ wrapped: Wrapped) { self.wrapped = wrapped }

        /// Two operands' shapes do not fit together (e.g. `A.columns != B.rows`).
        public static let shapeMismatch = Code(.shapeMismatch)
        /// A scalar argument is out of its valid range (e.g. a negative row count).
        public static let invalidArgument = Code(.invalidArgument)
        /// A saved state (e.g. a `RandomSource` checkpoint) cannot be restored.
        public static let invalidState = Code(.invalidState)

        public var description: String {
            switch wrapped {
            case .shapeMismatch: "shapeMismatch"
            case .invalidArgument: "invalidArgument"
            case .invalidState: "invalidState"
            }
        }
    }

    /// The kind of failure.
    public let code: Code
    /// A sentence naming the field or value at fault and how to fix it.
    public let message: String

    /// Creates an error with a code and an actionable message.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "Tensors.\(code): \(message)" }

    static func shape(_ operation: String, _ detail: String) -> TensorsError {
        TensorsError(.shapeMismatch, "\(operation): \(detail)")
    }
}
