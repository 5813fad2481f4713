/// The one error type of the Datasets module.
///
/// Every error names what went wrong, the offending value and, where one exists, the fix. Errors about a file
/// carry the 1-based physical `line` and `column` (the field number for CSV, the character for JSON Lines).
public struct DatasetError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The kind of failure, stable across releases so callers can switch on it.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Wrapped: String, Hashable, Sendable {
            case io, raggedRow, unterminatedQuote, badQuote, badJSON, badValue, emptyFile, duplicateColumn
            case unknownColumn, missingColumn, wrongType, missingTarget, unknownClass, invalidArgument
        }
        private let wrapped: Wrapped
        private init(_ wrapped: Wrapped) { self.wrapped = wrapped }

        /// The file could not be opened, read or written.
        public static let io = Code(.io)
        /// A CSV row has a different number of fields than the header.
        public static let raggedRow = Code(.raggedRow)
        /// A quoted CSV field is never closed.
        public static let unterminatedQuote = Code(.unterminatedQuote)
        /// A quote appears inside an unquoted field, or text follows a closing quote.
        public static let badQuote = Code(.badQuote)
        /// A JSON Lines record is not a valid flat JSON object.
        public static let badJSON = Code(.badJSON)
        /// A value does not fit the column's type (for example text in a number column).
        public static let badValue = Code(.badValue)
        /// The file has no header or no records.
        public static let emptyFile = Code(.emptyFile)
        /// Two columns have the same name.
        public static let duplicateColumn = Code(.duplicateColumn)
        /// The input has a column the encoder was not fitted on.
        public static let unknownColumn = Code(.unknownColumn)
        /// A column the encoder or operation needs is absent.
        public static let missingColumn = Code(.missingColumn)
        /// A column has a type the operation cannot use.
        public static let wrongType = Code(.wrongType)
        /// The target column has a missing value.
        public static let missingTarget = Code(.missingTarget)
        /// A class label was not seen when the target encoder was fitted.
        public static let unknownClass = Code(.unknownClass)
        /// An argument is out of range (fraction, fold count, row count...).
        public static let invalidArgument = Code(.invalidArgument)

        public var description: String { wrapped.rawValue }
    }

    /// The kind of failure.
    public let code: Code
    /// What went wrong, with the offending value and the fix.
    public let message: String
    /// 1-based line in the input file, when the error comes from a file.
    public let line: Int?
    /// 1-based column: the field number for CSV, the character position for JSON Lines.
    public let column: Int?

    /// Creates an error.
    public init(_ code: Code, _ message: String, line: Int? = nil, column: Int? = nil) {
        self.code = code
        self.message = message
        self.line = line
        self.column = column
    }

    public var description: String {
        var location = ""
        if let line { location += "line \(line)" }
        if let column { location += location.isEmpty ? "column \(column)" : ", column \(column)" }
        return location.isEmpty ? "\(code): \(message)" : "\(code) at \(location): \(message)"
    }
}
