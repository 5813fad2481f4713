/// The single error type of the Drift module: a stable code plus a message that names the offending
/// field or value and says how to fix it.
public struct DriftError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What kind of problem occurred.
    public enum Code: String, Codable, Sendable {
        /// A column or sample holds no usable value.
        case emptySample
        /// A value is NaN or infinite where a finite number is required.
        case nonFiniteValue
        /// A parameter is out of its valid range.
        case invalidParameter
        /// Reference and current data do not describe the same columns or kinds.
        case columnMismatch
    }

    /// The kind of problem.
    public let code: Code
    /// A sentence naming the field or value and the fix.
    public let message: String

    /// Creates an error with a code and an actionable message.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(code.rawValue): \(message)" }

    static func empty(_ what: String) -> DriftError {
        DriftError(.emptySample, "\(what) is empty; pass at least one finite value")
    }

    static func invalid(_ name: String, _ value: CustomStringConvertible, _ fix: String) -> DriftError {
        DriftError(.invalidParameter, "\(name) = \(value) is invalid; \(fix)")
    }
}
