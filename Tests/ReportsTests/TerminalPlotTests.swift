import Foundation
import Testing

@testable import Reports

@Suite("TerminalPlot")
struct TerminalPlotTests {
    /// The plot rows of a rendering without title: the first `height` lines.
    func rows(_ text: String, height: Int) -> [String] {
        Array(text.split(separator: "\n", omittingEmptySubsequences: false).prefix(height).map(String.init))
    }

    static let wave = Series(
        name: "wave", values: (0..<200).map { 1 + (Double($0) / 20).truncatingRemainder(dividingBy: 3) })

    @Test("rows have the requested width and count", arguments: [TerminalPlot.Style.braille, .blocks])
    func dimensions(style: TerminalPlot.Style) {
        let plot = TerminalPlot(series: [Self.wave], width: 50, height: 10, style: style)
        let lines = rows(plot.render(), height: 10)
        #expect(lines.count == 10)
        #expect(lines.allSatisfy { $0.count == 50 })
        #expect(lines[0].contains("┤") && lines[9].contains("┤"))
    }

    @Test("the maximum lands on the top row, the minimum on the bottom row, with their labels")
    func extremes() {
        var values = [Double](repeating: 1, count: 100)
        values[37] = 9
        values[80] = -3
        let text = TerminalPlot(series: [Series(name: "s", values: values)], width: 40, height: 8).render()
        let lines = rows(text, height: 8)
        let top = lines[0].drop(while: { $0 != "┤" }).dropFirst()
        let bottom = lines[7].drop(while: { $0 != "┤" }).dropFirst()
        #expect(top.contains { $0 != " " })
        #expect(top.filter { $0 != " " }.count <= 2, "only the spike reaches the top row")
        #expect(bottom.contains { $0 != " " })
        #expect(lines[0].hasPrefix(" 9 ┤") && lines[7].hasPrefix("-3 ┤"))
        let middle = lines[1..<7].map { $0.drop(while: { $0 != "│" }).dropFirst() }
        // The constant part sits on one row between the two extremes.
        #expect(middle.contains { row in row.filter { $0 != " " }.count > 20 })
    }

    @Test("the x range, legend and a note for omitted values follow the plot")
    func footer() {
        let plot = TerminalPlot(
            title: "loss", series: [Series(name: "a", values: [1, .nan, 3]), Series(name: "b", values: [2, 2, 2])],
            width: 30, height: 4)
        let lines = plot.render().split(separator: "\n").map(String.init)
        #expect(lines.first == "loss")
        #expect(lines.count == 1 + 4 + 4)
        #expect(lines[5].contains("└"))
        #expect(lines[6].trimmingCharacters(in: .whitespaces).hasPrefix("0"))
        #expect(lines[6].hasSuffix("2"))
        #expect(lines[7].contains("■ a") && lines[7].contains("■ b"))
        #expect(lines[8] == "note: 1 value not drawn (non-finite)")
    }

    @Test("output is deterministic and free of escape codes unless colours are on")
    func colours() {
        let plain = TerminalPlot(series: [Self.wave], width: 40, height: 6)
        #expect(plain.render() == plain.render())
        #expect(!plain.render().contains("\u{1B}"))
        var coloured = plain
        coloured.colours = true
        #expect(coloured.render().contains("\u{1B}[34m"))
        let stripped = coloured.render().replacing(/\x{1B}\[[0-9;]*m/, with: "")
        #expect(stripped == plain.render())
    }

    @Test("a log y axis labels the decades and skips values ≤ 0")
    func logY() {
        let plot = TerminalPlot(
            series: [Series(name: "lr", values: [1e-4, 1e-3, 0, 1e-2])], width: 30, height: 6, yScale: .log10)
        let lines = plot.render().split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("0.01 ┤"))
        #expect(lines[5].hasPrefix("1e-4 ┤"))
        #expect(lines.last == "note: 1 value not drawn (non-finite or ≤ 0 on the log axis)")
    }

    @Test("no data still renders the frame")
    func empty() {
        let text = TerminalPlot(series: [], width: 20, height: 3).render()
        #expect(text.contains("no data"))
        #expect(rows(text, height: 3).allSatisfy { $0.count == 20 })
    }
}
