/// The one error type of the Sweeps module: what went wrong, the offending value and the fix.
public struct SweepsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of failure.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        /// The code's stable name.
        public let name: String

        /// Creates a code with a stable name.
        public init(_ name: String) { self.name = name }

        /// An argument is outside its allowed range (no schedules, one seed, zero jobs, a repeated name).
        public static let invalidArgument = Code("invalidArgument")
        /// A target such as `valid_loss<=0.3` cannot be read.
        public static let invalidTarget = Code("invalidTarget")
        /// Too few trials finished to compare anything.
        public static let notEnoughTrials = Code("notEnoughTrials")

        public var description: String { name }
    }

    /// The kind of failure.
    public let code: Code
    /// What went wrong, with the offending value and the fix.
    public let message: String

    /// Creates an error.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
