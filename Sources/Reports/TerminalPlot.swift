import Foundation

/// A line plot for the terminal, drawn with Unicode braille dots (2×4 per character) or half blocks.
///
/// ```
/// 1 ┤⠉⠉⠉⠛⠛⠛⠭⢍⡉⠉⠉⠉⠉⡇
///   │        ⠈⠉⠒⠢⢄⣇
///   │             ⢸⠑⠢⢄⣀⡀
/// 0 ┤             ⠸⠤⠤⠤⠤⠬⠵⠶⠤⠤⠤⣤⣤⣤
///   └───────────────────────────
///    0                        49
///    ■ cosine  ■ step
/// ```
/// Output is deterministic; ANSI colours are added only when `colours` is on.
public struct TerminalPlot: Sendable {
    /// How the dots are drawn.
    public enum Style: Sendable, Equatable {
        /// Braille patterns: 2×4 dots per character, the finest resolution.
        case braille
        /// Half blocks (`▀ ▄ █`): 1×2 per character, for fonts without braille.
        case blocks
    }

    /// An optional title line.
    public var title: String?
    /// The series, drawn in order (later ones win a shared cell's colour).
    public var series: [Series]
    /// The number of columns of each plot row, y labels included (at least label width + 6).
    public var width: Int
    /// The number of plot rows (at least 2).
    public var height: Int
    /// The y axis scale; on `.log10` values ≤ 0 are skipped and counted in a note line.
    public var yScale: AxisScale
    /// Braille or half blocks.
    public var style: Style
    /// Whether to colour series with ANSI escape codes.
    public var colours: Bool

    static let ansi = ["34", "31", "32", "35", "33", "36", "90", "93"]

    /// Creates a terminal plot.
    public init(
        title: String? = nil, series: [Series], width: Int = 72, height: Int = 16, yScale: AxisScale = .linear,
        style: Style = .braille, colours: Bool = false
    ) {
        self.title = title
        self.series = series
        self.width = width
        self.height = height
        self.yScale = yScale
        self.style = style
        self.colours = colours
    }

    /// Renders the plot: optional title, `height` plot rows (`width` columns each, without colour codes), the x
    /// axis, the x range, a legend line, and a note line when values were left out.
    public func render() -> String {
        var xLow = Double.infinity
        var xHigh = -Double.infinity
        var yLow = Double.infinity
        var yHigh = -Double.infinity
        var omitted = 0
        for item in series {
            for (x, y) in zip(item.x, item.y) {
                guard x.isFinite, let t = yScale.transform(y) else {
                    omitted += 1
                    continue
                }
                (xLow, xHigh) = (min(xLow, x), max(xHigh, x))
                (yLow, yHigh) = (min(yLow, t), max(yHigh, t))
            }
        }
        let hasData = xLow <= xHigh
        let topLabel = hasData ? label(yHigh) : ""
        let bottomLabel = hasData ? label(yLow) : ""
        let labelWidth = max(topLabel.count, bottomLabel.count)
        let rows = max(2, height)
        let columns = max(4, width - labelWidth - 2)
        var canvas = TerminalCanvas(columns: columns, rows: rows, style: style)
        if hasData {
            for index in series.indices {
                draw(index, on: &canvas, x: (xLow, xHigh), y: (yLow, yHigh))
            }
        }
        var lines: [String] = []
        if let title { lines.append(title) }
        for row in 0..<rows {
            var text = row == 0 ? pad(topLabel, labelWidth) + " ┤" : ""
            if row == rows - 1 { text = pad(bottomLabel, labelWidth) + " ┤" }
            if text.isEmpty { text = String(repeating: " ", count: labelWidth) + " │" }
            var previous = -1
            for column in 0..<columns {
                let cell = canvas.cell(column: column, row: row)
                if colours && cell.series != previous && cell.character != " " {
                    text += "\u{1B}[" + Self.ansi[cell.series % Self.ansi.count] + "m"
                    previous = cell.series
                }
                text.append(cell.character)
            }
            if colours && previous >= 0 { text += "\u{1B}[0m" }
            lines.append(text)
        }
        lines.append(String(repeating: " ", count: labelWidth) + " └" + String(repeating: "─", count: columns))
        if hasData {
            let left = CompactNumber.format(xLow)
            let right = CompactNumber.format(xHigh)
            let gap = max(1, columns - left.count - right.count)
            lines.append(
                String(repeating: " ", count: labelWidth + 2) + left + String(repeating: " ", count: gap) + right)
        } else {
            lines.append(String(repeating: " ", count: labelWidth + 2) + "no data")
        }
        if !series.isEmpty { lines.append(String(repeating: " ", count: labelWidth + 2) + legend) }
        if omitted > 0 {
            let reason = yScale == .log10 ? "non-finite or ≤ 0 on the log axis" : "non-finite"
            lines.append("note: \(omitted) value\(omitted == 1 ? "" : "s") not drawn (\(reason))")
        }
        return lines.joined(separator: "\n")
    }

    /// The label of a y value given in working space.
    private func label(_ t: Double) -> String {
        CompactNumber.format(yScale == .log10 ? Foundation.pow(10, t) : t)
    }

    private func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    /// `■ name` per series, coloured when colours are on.
    private var legend: String {
        series.indices.map { index in
            let swatch = colours ? "\u{1B}[\(Self.ansi[index % Self.ansi.count])m■\u{1B}[0m" : "■"
            return swatch + " " + series[index].name
        }.joined(separator: "  ")
    }

    /// Draws one series as dot lines, reducing it per dot column first so long series stay cheap.
    private func draw(
        _ index: Int, on canvas: inout TerminalCanvas, x: (low: Double, high: Double), y: (low: Double, high: Double)
    ) {
        let item = series[index]
        let maxX = Double(canvas.dotWidth - 1)
        let maxY = Double(canvas.dotHeight - 1)
        func dotX(_ value: Double) -> Double { x.high > x.low ? (value - x.low) / (x.high - x.low) * maxX : maxX / 2 }
        func dotY(_ t: Double) -> Double { y.high > y.low ? (y.high - t) / (y.high - y.low) * maxY : maxY / 2 }
        var reducer = ColumnReducer()
        func endRun() {
            let points = reducer.finish()
            reducer = ColumnReducer()
            var previous: (x: Int, y: Int)?
            for point in points {
                let dot = (x: Int(point.x.rounded()), y: Int(point.y.rounded()))
                canvas.line(from: previous ?? dot, to: dot, series: index)
                previous = dot
            }
        }
        for k in 0..<item.count {
            if item.x[k].isFinite, let t = yScale.transform(item.y[k]) {
                reducer.add(x: dotX(item.x[k]), y: dotY(t))
            } else {
                endRun()
            }
        }
        endRun()
    }
}
