/// One lint result: a stable code, a severity, what was found and how to fix it.
public struct LintFinding: Sendable, Equatable, Codable, CustomStringConvertible {
    /// How serious a finding is.
    public enum Severity: String, Sendable, Codable, Comparable {
        /// Probably wasteful or surprising; the run still makes sense.
        case warning
        /// The schedule or run length is wrong.
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
    }

    /// A stable code, e.g. `tail-near-zero`.
    public let code: String
    /// Warning or error.
    public let severity: Severity
    /// The first step concerned, when there is one.
    public let step: Int?
    /// What was found.
    public let message: String
    /// What to change.
    public let fix: String

    /// Creates a finding.
    public init(code: String, severity: Severity, step: Int? = nil, message: String, fix: String) {
        self.code = code
        self.severity = severity
        self.step = step
        self.message = message
        self.fix = fix
    }

    /// One line: `warning[code] message (fix)`.
    public var description: String {
        let at = step.map { " at step \($0)" } ?? ""
        return "\(severity.rawValue)[\(code)]\(at): \(message); \(fix)"
    }
}
