/// The one error type of the Training module: what went wrong, the offending field and value, and the fix.
public struct TrainingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of failure. Extensible from any file of the module:
    /// `extension TrainingError.Code { static let diverged = Code("diverged") }`.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        /// The code's stable name, e.g. `invalidValue`.
        public let name: String

        /// Creates a code with a stable name.
        public init(_ name: String) { self.name = name }

        /// A hyperparameter or option is outside its allowed range (e.g. `momentum=1.5`).
        public static let invalidValue = Code("invalidValue")
        /// A spec string names a key that does not exist (e.g. `adam:beta=0.9`).
        public static let unknownKey = Code("unknownKey")
        /// A spec string cannot be parsed (e.g. `mlp:128,x`).
        public static let invalidSpec = Code("invalidSpec")
        /// Two shapes do not fit (a batch with the wrong column count, targets of the wrong size).
        public static let shapeMismatch = Code("shapeMismatch")
        /// A target value is not valid for the loss (a class index out of range, a non-integer class).
        public static let invalidTarget = Code("invalidTarget")
        /// A saved state (model, optimizer) cannot be restored into this object.
        public static let invalidState = Code("invalidState")
        /// An operation was called in the wrong order or mode (e.g. backward before forward).
        public static let invalidOrder = Code("invalidOrder")

        public var description: String { name }
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

    public var description: String { "Training.\(code): \(message)" }

    /// `field=value` is out of range: names the field, the value and what is allowed.
    static func invalid(_ field: String, _ value: CustomStringConvertible, allowed: String) -> TrainingError {
        TrainingError(.invalidValue, "\(field)=\(value) is not allowed; \(field) must be \(allowed)")
    }
}
