/// The one error type of the Evaluation module: what went wrong, the offending value, and the fix.
///
/// Codes are an extensible set (swift-nio style): new codes can be added without breaking `switch`es in callers.
public struct EvaluationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kind of failure.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Wrapped: String, Hashable, Sendable {
            case emptyInput, lengthMismatch, nonFiniteValue, outOfRange, undefinedMetric, invalidArgument
        }
        private let wrapped: Wrapped
        private init(_ wrapped: Wrapped) { self.wrapped = wrapped }

        /// An input array had no elements.
        public static let emptyInput = Code(.emptyInput)
        /// Two inputs that must pair up element by element have different lengths.
        public static let lengthMismatch = Code(.lengthMismatch)
        /// An input held NaN or ±infinity.
        public static let nonFiniteValue = Code(.nonFiniteValue)
        /// A value lies outside its allowed range (a probability outside [0, 1], a class outside 0..<K, ...).
        public static let outOfRange = Code(.outOfRange)
        /// The metric is mathematically undefined for this input (e.g. ROC AUC with one class present).
        public static let undefinedMetric = Code(.undefinedMetric)
        /// A parameter (bin count, confidence level, window, ...) is not usable.
        public static let invalidArgument = Code(.invalidArgument)

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
