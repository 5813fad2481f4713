/// A histogram rendered as SVG: bars per bin, with several distributions (for example reference and current)
/// overlaid semi-transparently in distinct colours.
public struct Histogram: Chart {
    /// What the bar heights show.
    public enum Normalization: String, Sendable, CaseIterable {
        /// Raw counts.
        case count
        /// The share of the series' counted values in each bin (bars of one series sum to 1).
        case fraction
        /// Fraction divided by bin width (the area of one series' bars is 1), for unequal bins.
        case density
    }

    /// The title at the top.
    public var title: String
    /// The x axis label.
    public var xLabel: String
    /// The y axis label; empty uses the normalization's name.
    public var yLabel: String
    /// The distributions, drawn in order.
    public var series: [HistogramSeries]
    /// What the bar heights show; use `.fraction` to compare samples of different sizes.
    public var normalization: Normalization
    /// The width in pixels (at least 200).
    public var width: Double
    /// The height in pixels (at least 160).
    public var height: Double

    /// Creates a histogram.
    public init(
        title: String, xLabel: String = "", yLabel: String = "", series: [HistogramSeries] = [],
        normalization: Normalization = .count, width: Double = 720, height: Double = 400
    ) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.series = series
        self.normalization = normalization
        self.width = width
        self.height = height
    }

    /// The bar height of a bin of `series` under the chosen normalization; `nil` for an unusable bin.
    func barHeight(_ bin: HistogramBin, total: Double) -> Double? {
        guard bin.lower.isFinite, bin.upper.isFinite, bin.upper > bin.lower, bin.count.isFinite, bin.count >= 0
        else { return nil }
        switch normalization {
        case .count: return bin.count
        case .fraction: return total > 0 ? bin.count / total : 0
        case .density: return total > 0 ? bin.count / total / (bin.upper - bin.lower) : 0
        }
    }

    /// Renders the histogram as a standalone SVG document.
    public func svg() -> String {
        let width = max(200, self.width.isFinite ? self.width : 720)
        let height = max(160, self.height.isFinite ? self.height : 400)
        let overlaid = series.count > 1
        let opacity = overlaid ? 0.45 : 0.75
        let colours = series.indices.map { series[$0].colour ?? Palette.colour(at: $0) }
        var notes: [String] = []
        var xLow = Double.infinity
        var xHigh = -Double.infinity
        var yHigh = 0.0
        var totals: [Double] = []
        for item in series {
            let total = item.bins.reduce(0.0) { $0 + (($1.count.isFinite && $1.count > 0) ? $1.count : 0) }
            totals.append(total)
            var unusable = 0
            for bin in item.bins {
                guard let value = barHeight(bin, total: total) else {
                    unusable += 1
                    continue
                }
                xLow = min(xLow, bin.lower)
                xHigh = max(xHigh, bin.upper)
                yHigh = max(yHigh, value)
            }
            var parts: [String] = []
            if item.omitted > 0 {
                parts.append("\(item.omitted) value\(item.omitted == 1 ? "" : "s") outside the bins")
            }
            if unusable > 0 { parts.append("\(unusable) invalid bin\(unusable == 1 ? "" : "s") not drawn") }
            if !parts.isEmpty { notes.append("\(item.name): " + parts.joined(separator: "; ")) }
        }
        let legend = series.indices.map {
            LegendEntry(name: series[$0].name, colour: colours[$0], symbol: .swatch(opacity: opacity))
        }
        let frame = ChartFrame(
            width: width, height: height, title: title, xLabel: xLabel,
            yLabel: yLabel.isEmpty ? normalization.rawValue : yLabel, notes: Array(notes.prefix(3)), legend: legend)
        var svg = SVGWriter(width: width, height: height)
        guard xLow < xHigh else {
            let plot = frame.plotRect(yTickLabels: [])
            frame.drawChrome(into: &svg, plot: plot)
            frame.drawNoData(into: &svg, plot: plot)
            return svg.document(title: title)
        }
        let yTicks = AxisTicks.linear(
            from: 0, to: yHigh > 0 ? yHigh : 1,
            targetCount: ChartFrame.tickTarget(length: frame.plotTopAndHeight.height, spacing: 50))
        let plot = frame.plotRect(yTickLabels: yTicks.labels)
        let xTicks = ChartFrame.xTicks(.linear, from: xLow, to: xHigh, length: plot.width)
        let xMap = AxisMapping(ticks: xTicks, pixelStart: plot.left, pixelEnd: plot.right)
        let yMap = AxisMapping(ticks: yTicks, pixelStart: plot.bottom, pixelEnd: plot.top)
        frame.drawChrome(into: &svg, plot: plot)
        frame.drawAxes(into: &svg, plot: plot, x: xTicks, y: yTicks)
        for (index, item) in series.enumerated() {
            svg.openGroup(kind: "bars")
            for bin in item.bins {
                guard let value = barHeight(bin, total: totals[index]), let left = xMap.pixel(bin.lower),
                    let right = xMap.pixel(bin.upper), let top = yMap.pixel(value)
                else { continue }
                svg.rect(
                    x: left, y: top, width: right - left, height: plot.bottom - top, fill: colours[index],
                    opacity: opacity, stroke: colours[index], strokeWidth: 0.8, kind: "bar", series: item.name)
            }
            svg.closeGroup()
        }
        return svg.document(title: title)
    }
}
