/// One item of a chart legend: a name beside a line sample or a filled swatch in the series' colour.
struct LegendEntry {
    enum Symbol {
        case line(dash: String?)
        case swatch(opacity: Double)
    }

    var name: String
    var colour: String
    var symbol: Symbol

    static let fontSize = 12.0
    static let symbolWidth = 22.0

    /// The approximate width of the entry including its trailing gap.
    var width: Double { Self.symbolWidth + 6 + ChartFrame.textWidth(name, size: Self.fontSize) + 18 }
}
