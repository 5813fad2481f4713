/// A reliability diagram rendered as SVG: per confidence bin, a bar of accuracy, the gap to the bin's mean
/// confidence, the perfect-calibration diagonal, and the number of predictions above each bar (Guo et al., 2017).
public struct ReliabilityDiagram: Chart {
    /// The title at the top.
    public var title: String
    /// The bins, in any order; empty bins (count 0) are not drawn.
    public var bins: [ReliabilityBin]
    /// An optional line under the title, such as `"ECE 0.031 · 10 bins"`.
    public var summary: String?
    /// The width in pixels (at least 200).
    public var width: Double
    /// The height in pixels (at least 200).
    public var height: Double

    private static let accuracyColour = "#0072B2"
    private static let gapColour = "#D55E00"

    /// Creates a reliability diagram.
    public init(
        title: String, bins: [ReliabilityBin], summary: String? = nil, width: Double = 520, height: Double = 520
    ) {
        self.title = title
        self.bins = bins
        self.summary = summary
        self.width = width
        self.height = height
    }

    /// A bin that can be drawn: finite edges inside `0...1`, finite accuracy and confidence, and a positive count.
    static func isDrawable(_ bin: ReliabilityBin) -> Bool {
        bin.count > 0 && bin.lower >= 0 && bin.upper <= 1 && bin.lower < bin.upper && bin.accuracy.isFinite
            && bin.confidence.isFinite
    }

    /// Renders the diagram as a standalone SVG document.
    public func svg() -> String {
        let width = max(200, self.width.isFinite ? self.width : 520)
        let height = max(200, self.height.isFinite ? self.height : 520)
        var notes = summary.map { [$0] } ?? []
        let invalid = bins.filter { $0.count != 0 && !Self.isDrawable($0) }.count
        if invalid > 0 { notes.append("\(invalid) invalid bin\(invalid == 1 ? "" : "s") not drawn") }
        let legend = [
            LegendEntry(name: "accuracy", colour: Self.accuracyColour, symbol: .swatch(opacity: 0.75)),
            LegendEntry(name: "gap to confidence", colour: Self.gapColour, symbol: .swatch(opacity: 0.3)),
            LegendEntry(name: "perfect calibration", colour: "#777777", symbol: .line(dash: "5 4")),
        ]
        let frame = ChartFrame(
            width: width, height: height, title: title, xLabel: "confidence", yLabel: "accuracy", notes: notes,
            legend: legend)
        let ticks = AxisTicks.linear(from: 0, to: 1, targetCount: 5)
        let plot = frame.plotRect(yTickLabels: ticks.labels)
        var svg = SVGWriter(width: width, height: height)
        frame.drawChrome(into: &svg, plot: plot)
        let drawable = bins.filter(Self.isDrawable)
        guard !drawable.isEmpty else {
            frame.drawNoData(into: &svg, plot: plot)
            return svg.document(title: title)
        }
        frame.drawAxes(into: &svg, plot: plot, x: ticks, y: ticks)
        let xMap = AxisMapping(ticks: ticks, pixelStart: plot.left, pixelEnd: plot.right)
        let yMap = AxisMapping(ticks: ticks, pixelStart: plot.bottom, pixelEnd: plot.top)
        func px(_ v: Double) -> Double { xMap.pixel(transformed: min(1, max(0, v))) }
        func py(_ v: Double) -> Double { yMap.pixel(transformed: min(1, max(0, v))) }
        for bin in drawable {
            let left = px(bin.lower)
            let right = px(bin.upper)
            svg.rect(
                x: left, y: py(bin.accuracy), width: right - left, height: plot.bottom - py(bin.accuracy),
                fill: Self.accuracyColour, opacity: 0.75, stroke: "#ffffff", kind: "bar")
            let gapTop = py(max(bin.accuracy, bin.confidence))
            let gapBottom = py(min(bin.accuracy, bin.confidence))
            svg.rect(
                x: left, y: gapTop, width: right - left, height: gapBottom - gapTop, fill: Self.gapColour,
                opacity: 0.3, stroke: Self.gapColour, strokeWidth: 0.8, kind: "gap")
        }
        svg.line(
            x1: plot.left, y1: plot.bottom, x2: plot.right, y2: plot.top, stroke: "#777777", width: 1.2, dash: "5 4")
        for bin in drawable {
            let centre = (px(bin.lower) + px(bin.upper)) / 2
            let label = bin.count < 100_000 ? String(bin.count) : CompactNumber.format(Double(bin.count))
            let top = py(max(bin.accuracy, bin.confidence)) - 4
            let fits = ChartFrame.textWidth(label, size: 10) + 2 <= px(bin.upper) - px(bin.lower)
            svg.text(
                label, x: centre + (fits ? 0 : 3), y: top, size: 10, anchor: fits ? .middle : .start, fill: "#333333",
                rotate: fits ? nil : -90, halo: true, kind: "count")
        }
        return svg.document(title: title)
    }
}
