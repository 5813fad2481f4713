/// Anything that draws itself as a self-contained SVG document: line charts, histograms, reliability diagrams.
///
/// `HTMLReport` embeds any `Chart` inline, so a page needs no external files.
public protocol Chart: Sendable {
    /// The chart's title, also used as the accessible name of the SVG.
    var title: String { get }

    /// Renders the chart as a standalone SVG document (valid XML, no scripts, no external references).
    func svg() -> String
}
