/// A line chart rendered as a self-contained SVG: several named series, shaded bands, event markers, linear or
/// log-10 axes, nice ticks with gridlines, a legend, and per-pixel-column reduction of long series.
///
/// ```swift
/// var chart = LineChart(title: "Loss", xLabel: "step", yLabel: "loss", yScale: .log10)
/// chart.series.append(Series(name: "cosine", values: losses))
/// chart.markers.append(Marker(x: 1200, label: "restart", kind: .restart))
/// try chart.svg().write(toFile: "loss.svg", atomically: true, encoding: .utf8)
/// ```
///
/// Non-finite values break the line; values that a log axis cannot show are skipped and counted in a note at the
/// top of the chart, so nothing disappears silently. With no drawable point the chart says "No data".
public struct LineChart: Chart {
    /// The title at the top.
    public var title: String
    /// The x axis label.
    public var xLabel: String
    /// The y axis label.
    public var yLabel: String
    /// The lines, drawn in order (later ones on top); each takes the next palette colour unless it sets one.
    public var series: [Series]
    /// Labelled vertical lines for events.
    public var markers: [Marker]
    /// The x axis scale.
    public var xScale: AxisScale
    /// The y axis scale.
    public var yScale: AxisScale
    /// A fixed x range; `nil` fits the data. The axis still widens to whole tick steps.
    public var xRange: ClosedRange<Double>?
    /// A fixed y range; `nil` fits the data. Lines outside it are clipped.
    public var yRange: ClosedRange<Double>?
    /// The width in pixels (at least 200).
    public var width: Double
    /// The height in pixels (at least 160).
    public var height: Double

    /// Creates a chart.
    public init(
        title: String, xLabel: String = "", yLabel: String = "", series: [Series] = [], markers: [Marker] = [],
        xScale: AxisScale = .linear, yScale: AxisScale = .linear, xRange: ClosedRange<Double>? = nil,
        yRange: ClosedRange<Double>? = nil, width: Double = 720, height: Double = 420
    ) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.series = series
        self.markers = markers
        self.xScale = xScale
        self.yScale = yScale
        self.xRange = xRange
        self.yRange = yRange
        self.width = width
        self.height = height
    }

    /// What the chart had to leave out (non-finite values, values a log axis cannot show), one line per series;
    /// these lines are also printed under the title.
    public var notes: [String] { scan().notes }

    /// The colour of the series at `index`.
    func colour(of index: Int) -> String { series[index].colour ?? Palette.colour(at: index) }

    /// The dash pattern of the series at `index` (palette cycling), `nil` for solid or a custom colour.
    func dash(of index: Int) -> String? { series[index].colour == nil ? Palette.dash(at: index) : nil }
}
