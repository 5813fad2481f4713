/// The parts every chart shares: title, notes, legend, axis labels, gridlines and tick labels, and their layout.
struct ChartFrame {
    var width: Double
    var height: Double
    var title: String
    var xLabel: String
    var yLabel: String
    var notes: [String]
    var legend: [LegendEntry]

    static let margin = 16.0
    static let titleSize = 16.0
    static let noteSize = 11.0
    static let tickSize = 11.0
    static let labelSize = 12.0
    static let legendRowHeight = 18.0

    /// An estimate of rendered text width (no font metrics are available without a renderer).
    static func textWidth(_ text: String, size: Double) -> Double { Double(text.count) * size * 0.6 }

    /// The legend entries placed in rows that fit the chart width: (entry, x offset from the left margin).
    var legendRows: [[(entry: LegendEntry, offset: Double)]] {
        let available = max(60, width - 2 * Self.margin)
        var rows: [[(entry: LegendEntry, offset: Double)]] = []
        var current: [(entry: LegendEntry, offset: Double)] = []
        var used = 0.0
        for entry in legend {
            if !current.isEmpty && used + entry.width > available {
                rows.append(current)
                current = []
                used = 0
            }
            current.append((entry, used))
            used += entry.width
        }
        if !current.isEmpty { rows.append(current) }
        return rows
    }

    private var headerHeight: Double { 30 + Double(notes.count) * 15 + 12 }

    private var footerHeight: Double {
        let rows = Double(legendRows.count)
        return 22 + (xLabel.isEmpty ? 0 : 20) + (rows > 0 ? rows * Self.legendRowHeight + 6 : 0) + 8
    }

    /// The vertical extent of the plot area (it does not depend on tick labels).
    var plotTopAndHeight: (top: Double, height: Double) {
        let top = headerHeight
        return (top, max(40, height - top - footerHeight))
    }

    /// The plot area, leaving room on the left for the widest y tick label.
    func plotRect(yTickLabels: [String]) -> PlotRect {
        let widest = yTickLabels.map { Self.textWidth($0, size: Self.tickSize) }.max() ?? 0
        let left = Self.margin + (yLabel.isEmpty ? 0 : 20) + widest + 10
        let (top, plotHeight) = plotTopAndHeight
        return PlotRect(x: left, y: top, width: max(40, width - left - 24), height: plotHeight)
    }

    /// Title, notes, axis labels and legend.
    func drawChrome(into svg: inout SVGWriter, plot: PlotRect) {
        svg.text(title, x: Self.margin, y: 24, size: Self.titleSize, fill: "#111111", weight: "600", kind: "title")
        for (index, note) in notes.enumerated() {
            svg.text(
                note, x: Self.margin, y: 24 + Double(index + 1) * 15, size: Self.noteSize, fill: "#666666",
                italic: true, kind: "note")
        }
        if !xLabel.isEmpty {
            svg.text(
                xLabel, x: plot.x + plot.width / 2, y: plot.bottom + 40, size: Self.labelSize, anchor: .middle,
                kind: "x-label")
        }
        if !yLabel.isEmpty {
            let x = Self.margin + 8
            let y = plot.y + plot.height / 2
            svg.text(yLabel, x: x, y: y, size: Self.labelSize, anchor: .middle, rotate: -90, kind: "y-label")
        }
        let legendTop = plot.bottom + 22 + (xLabel.isEmpty ? 0 : 20) + 6
        for (row, entries) in legendRows.enumerated() {
            let y = legendTop + Double(row) * Self.legendRowHeight + 9
            for (entry, offset) in entries {
                let x = Self.margin + offset
                svg.openGroup(kind: "legend-entry")
                switch entry.symbol {
                case .line(let dash):
                    svg.line(
                        x1: x, y1: y, x2: x + LegendEntry.symbolWidth, y2: y, stroke: entry.colour, width: 2.5,
                        dash: dash)
                case .swatch(let opacity):
                    svg.rect(
                        x: x + 4, y: y - 6, width: LegendEntry.symbolWidth - 8, height: 12, fill: entry.colour,
                        opacity: opacity, stroke: entry.colour)
                }
                svg.text(entry.name, x: x + LegendEntry.symbolWidth + 6, y: y + 4, size: LegendEntry.fontSize)
                svg.closeGroup()
            }
        }
    }

    /// Gridlines, tick marks, tick labels and the axis lines.
    func drawAxes(into svg: inout SVGWriter, plot: PlotRect, x: AxisTicks, y: AxisTicks) {
        let xMap = AxisMapping(ticks: x, pixelStart: plot.left, pixelEnd: plot.right)
        let yMap = AxisMapping(ticks: y, pixelStart: plot.bottom, pixelEnd: plot.top)
        svg.openGroup(kind: "grid")
        for value in x.minor {
            if let px = xMap.pixel(value) { svg.line(x1: px, y1: plot.top, x2: px, y2: plot.bottom, stroke: "#f2f2f2") }
        }
        for value in y.minor {
            if let py = yMap.pixel(value) { svg.line(x1: plot.left, y1: py, x2: plot.right, y2: py, stroke: "#f2f2f2") }
        }
        for value in x.values {
            if let px = xMap.pixel(value) { svg.line(x1: px, y1: plot.top, x2: px, y2: plot.bottom, stroke: "#e2e2e2") }
        }
        for value in y.values {
            if let py = yMap.pixel(value) { svg.line(x1: plot.left, y1: py, x2: plot.right, y2: py, stroke: "#e2e2e2") }
        }
        svg.closeGroup()
        for (value, label) in zip(x.values, x.labels) {
            guard let px = xMap.pixel(value) else { continue }
            svg.line(x1: px, y1: plot.bottom, x2: px, y2: plot.bottom + 4, stroke: "#888888")
            svg.text(
                label, x: px, y: plot.bottom + 17, size: Self.tickSize, anchor: .middle, fill: "#555555", kind: "x-tick"
            )
        }
        for (value, label) in zip(y.values, y.labels) {
            guard let py = yMap.pixel(value) else { continue }
            svg.line(x1: plot.left - 4, y1: py, x2: plot.left, y2: py, stroke: "#888888")
            svg.text(
                label, x: plot.left - 7, y: py + 4, size: Self.tickSize, anchor: .end, fill: "#555555", kind: "y-tick")
        }
        svg.line(x1: plot.left, y1: plot.bottom, x2: plot.right, y2: plot.bottom, stroke: "#888888")
        svg.line(x1: plot.left, y1: plot.top, x2: plot.left, y2: plot.bottom, stroke: "#888888")
    }

    /// An empty plot area with a centred "No data" message.
    func drawNoData(into svg: inout SVGWriter, plot: PlotRect) {
        svg.rect(x: plot.x, y: plot.y, width: plot.width, height: plot.height, fill: "#fafafa", stroke: "#cccccc")
        svg.text(
            "No data", x: plot.x + plot.width / 2, y: plot.y + plot.height / 2 + 5, size: 14, anchor: .middle,
            fill: "#888888", kind: "no-data")
    }

    /// A tick count for an axis of `length` pixels that keeps labels about `spacing` pixels apart.
    static func tickTarget(length: Double, spacing: Double) -> Int { max(2, Int(length / spacing)) }

    /// X ticks whose labels do not overlap: fewer ticks are asked for until the widest label fits its slot.
    static func xTicks(_ scale: AxisScale, from lower: Double, to upper: Double, length: Double) -> AxisTicks {
        var target = tickTarget(length: length, spacing: 90)
        var ticks = AxisTicks.make(scale, from: lower, to: upper, targetCount: target)
        while target > 1 {
            let widest = ticks.labels.map { textWidth($0, size: tickSize) }.max() ?? 0
            let slot = length / Double(max(1, ticks.values.count - 1))
            if widest + 10 <= slot { break }
            target -= 1
            ticks = AxisTicks.make(scale, from: lower, to: upper, targetCount: target)
        }
        return ticks
    }
}
