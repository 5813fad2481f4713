/// What went wrong with a schedule spec or state: the field, the offending value and the fix.
public struct ScheduleError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A stable error category, extensible without breaking callers.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }
        /// The spec names a type that does not exist.
        public static let unknownType = Code("unknown_type")
        /// The spec has a field the type does not take.
        public static let unknownField = Code("unknown_field")
        /// A required field is absent.
        public static let missingField = Code("missing_field")
        /// A field has the wrong JSON type.
        public static let wrongType = Code("wrong_type")
        /// A value is outside its allowed range.
        public static let outOfRange = Code("out_of_range")
        /// Fields contradict each other.
        public static let inconsistent = Code("inconsistent")
        /// The text could not be parsed.
        public static let malformed = Code("malformed")
        /// Saved reactive state does not fit the schedule.
        public static let invalidState = Code("invalid_state")
        public var description: String { name }
    }

    /// The category.
    public let code: Code
    /// The field path, e.g. `schedules[1].gamma`.
    public let field: String
    /// The offending value as written, when there is one.
    public let value: String?
    /// What is wrong.
    public let message: String
    /// How to fix it.
    public let fix: String

    /// Creates an error.
    public init(_ code: Code, field: String, value: String?, message: String, fix: String) {
        self.code = code
        self.field = field
        self.value = value
        self.message = message
        self.fix = fix
    }

    /// One line: field, value, problem and fix.
    public var description: String {
        let shown = value.map { " = \($0)" } ?? ""
        return "\(field)\(shown) \(message); \(fix)"
    }
}
