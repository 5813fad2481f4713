/// Something blocks can be added to: the whole `HTMLReport` or one `HTMLSection` of it.
public protocol HTMLContent {
    /// The blocks in order.
    var blocks: [HTMLBlock] { get set }
}

extension HTMLContent {
    /// Adds a heading (levels 2…6; the page title is level 1).
    public mutating func heading(_ text: String, level: Int = 2) {
        blocks.append(.heading(text, level: level))
    }

    /// Adds a paragraph of plain text (it is escaped, so `<` and `&` show as typed).
    public mutating func paragraph(_ text: String) {
        blocks.append(.paragraph(text))
    }

    /// Adds a table of names and values, in the given order.
    public mutating func keyValues(_ pairs: [(String, String)], caption: String? = nil) {
        blocks.append(.keyValues(pairs.map { HTMLBlock.KeyValue($0.0, $0.1) }, caption: caption))
    }

    /// Adds a data table. Rows shorter than the header are padded; longer rows keep their extra cells.
    public mutating func table(columns: [String], rows: [[String]], caption: String? = nil) {
        blocks.append(.table(columns: columns, rows: rows, caption: caption))
    }

    /// Adds a chart as inline SVG.
    public mutating func chart(_ chart: some Chart, caption: String? = nil) {
        blocks.append(.chart(svg: chart.svg(), title: chart.title, caption: caption))
    }

    /// Adds monospaced text kept as is (for example a `TerminalPlot` or a command line).
    public mutating func preformatted(_ text: String) {
        blocks.append(.preformatted(text))
    }

    /// Adds a titled section and fills it.
    /// - Parameters:
    ///   - title: the section heading, also listed in the page's contents.
    ///   - build: adds the section's blocks.
    public mutating func section(_ title: String, _ build: (inout HTMLSection) -> Void) {
        var section = HTMLSection(title: title)
        build(&section)
        blocks.append(.section(section))
    }
}
