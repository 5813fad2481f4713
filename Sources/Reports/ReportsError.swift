/// The error every `Reports` API throws: a code to match on and a message that names the offending value and the fix.
public struct ReportsError: Error, Equatable, CustomStringConvertible, Sendable {
    /// What kind of problem occurred. New codes may be added in later versions.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Wrapped: Hashable, Sendable {
            case mismatchedLengths, invalidArgument, writeFailed
        }
        private let wrapped: Wrapped
        private init(_ wrapped: Wrapped) { self.wrapped = wrapped }

        /// Two arrays that must pair up element by element have different lengths.
        public static let mismatchedLengths = Code(.mismatchedLengths)
        /// A parameter is outside its allowed range (for example a bin count below 1).
        public static let invalidArgument = Code(.invalidArgument)
        /// A report could not be written to disk.
        public static let writeFailed = Code(.writeFailed)

        public var description: String {
            switch wrapped {
            case .mismatchedLengths: "mismatchedLengths"
            case .invalidArgument: "invalidArgument"
            case .writeFailed: "writeFailed"
            }
        }
    }

    /// The kind of problem.
    public let code: Code
    /// What went wrong, with the offending value and how to fix it.
    public let message: String

    /// Creates an error with a code and an actionable message.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(code): \(message)" }
}
