/// One piece of an `HTMLReport` page, in the order it was added.
public enum HTMLBlock: Sendable {
    /// A heading; levels are clamped to 2…6 (level 1 is the page title).
    case heading(String, level: Int)
    /// A paragraph of plain text.
    case paragraph(String)
    /// A two-column table of names and values.
    case keyValues([KeyValue], caption: String?)
    /// A table with a header row; numeric cells are right-aligned.
    case table(columns: [String], rows: [[String]], caption: String?)
    /// An inline SVG chart with an optional caption.
    case chart(svg: String, title: String, caption: String?)
    /// Monospaced text kept as is, such as a terminal plot or a command.
    case preformatted(String)
    /// A titled group of blocks, listed in the page's contents.
    case section(HTMLSection)

    /// One row of a key-value table.
    public struct KeyValue: Sendable, Equatable {
        /// The name in the left column.
        public var key: String
        /// The value in the right column.
        public var value: String

        /// Creates a row.
        public init(_ key: String, _ value: String) {
            self.key = key
            self.value = value
        }
    }
}
