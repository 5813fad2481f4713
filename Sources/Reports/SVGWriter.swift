/// Accumulates SVG elements into a standalone document; every piece of text passes through XML escaping.
struct SVGWriter {
    private(set) var body = ""
    let width: Double
    let height: Double

    static let fontFamily = "system-ui, -apple-system, Segoe UI, Helvetica, Arial, sans-serif"

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
        body.reserveCapacity(16_384)
    }

    /// A coordinate rounded to 0.01 px, without exponent notation or trailing zeros.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = (min(max(value, -1e9), 1e9) * 100).rounded()
        let whole = Int(hundredths)
        let sign = whole < 0 ? "-" : ""
        let magnitude = abs(whole)
        let fraction = magnitude % 100
        if fraction == 0 { return sign + String(magnitude / 100) }
        let digits = fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0" : "") + String(fraction)
        return sign + String(magnitude / 100) + "." + digits
    }

    private static func n(_ value: Double) -> String { number(value) }

    mutating func raw(_ text: String) { body += text }

    mutating func rect(
        x: Double, y: Double, width: Double, height: Double, fill: String, opacity: Double? = nil,
        stroke: String? = nil, strokeWidth: Double = 1, kind: String? = nil, series: String? = nil
    ) {
        body += "<rect"
        if let kind { body += " data-kind=\"\(kind)\"" }
        if let series { body += " data-series=\"\(series.xmlEscaped)\"" }
        body += " x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" width=\"\(Self.n(max(0, width)))\" "
        body += "height=\"\(Self.n(max(0, height)))\" fill=\"\(fill.xmlEscaped)\""
        if let opacity { body += " fill-opacity=\"\(Self.n(opacity))\"" }
        if let stroke { body += " stroke=\"\(stroke.xmlEscaped)\" stroke-width=\"\(Self.n(strokeWidth))\"" }
        body += "/>\n"
    }

    mutating func line(
        x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, dash: String? = nil
    ) {
        body += "<line x1=\"\(Self.n(x1))\" y1=\"\(Self.n(y1))\" x2=\"\(Self.n(x2))\" y2=\"\(Self.n(y2))\" "
        body += "stroke=\"\(stroke.xmlEscaped)\" stroke-width=\"\(Self.n(width))\""
        if let dash { body += " stroke-dasharray=\"\(dash.xmlEscaped)\"" }
        body += "/>\n"
    }

    mutating func circle(cx: Double, cy: Double, r: Double, fill: String, stroke: String? = nil) {
        body += "<circle cx=\"\(Self.n(cx))\" cy=\"\(Self.n(cy))\" r=\"\(Self.n(r))\" fill=\"\(fill.xmlEscaped)\""
        if let stroke { body += " stroke=\"\(stroke.xmlEscaped)\" stroke-width=\"1.5\"" }
        body += "/>\n"
    }

    /// A path; `kind` becomes a `data-kind` attribute so tests and tools can tell lines from bands.
    mutating func path(
        _ data: String, stroke: String? = nil, width: Double = 1.5, fill: String = "none", fillOpacity: Double? = nil,
        dash: String? = nil, kind: String, series: String? = nil
    ) {
        body += "<path data-kind=\"\(kind)\""
        if let series { body += " data-series=\"\(series.xmlEscaped)\"" }
        body += " d=\"\(data)\" fill=\"\(fill.xmlEscaped)\""
        if let fillOpacity { body += " fill-opacity=\"\(Self.n(fillOpacity))\"" }
        if let stroke {
            body += " stroke=\"\(stroke.xmlEscaped)\" stroke-width=\"\(Self.n(width))\""
            body += " stroke-linejoin=\"round\" stroke-linecap=\"round\""
        }
        if let dash { body += " stroke-dasharray=\"\(dash.xmlEscaped)\"" }
        body += "/>\n"
    }

    enum Anchor: String { case start, middle, end }

    mutating func text(
        _ content: String, x: Double, y: Double, size: Double = 11, anchor: Anchor = .start, fill: String = "#333333",
        weight: String? = nil, italic: Bool = false, rotate: Double? = nil, halo: Bool = false, kind: String? = nil
    ) {
        body += "<text x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" font-size=\"\(Self.n(size))\""
        body += " text-anchor=\"\(anchor.rawValue)\" fill=\"\(fill.xmlEscaped)\""
        if let kind { body += " data-kind=\"\(kind)\"" }
        if let weight { body += " font-weight=\"\(weight)\"" }
        if italic { body += " font-style=\"italic\"" }
        if let rotate { body += " transform=\"rotate(\(Self.n(rotate)) \(Self.n(x)) \(Self.n(y)))\"" }
        if halo { body += " stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\" stroke-linejoin=\"round\"" }
        body += ">\(content.xmlEscaped)</text>\n"
    }

    mutating func openGroup(clipPath: String? = nil, kind: String? = nil) {
        body += "<g"
        if let kind { body += " data-kind=\"\(kind)\"" }
        if let clipPath { body += " clip-path=\"url(#\(clipPath))\"" }
        body += ">\n"
    }

    mutating func closeGroup() { body += "</g>\n" }

    mutating func clipRect(id: String, rect: PlotRect) {
        body += "<defs><clipPath id=\"\(id)\"><rect x=\"\(Self.n(rect.x))\" y=\"\(Self.n(rect.y))\" "
        body += "width=\"\(Self.n(rect.width))\" height=\"\(Self.n(rect.height))\"/></clipPath></defs>\n"
    }

    /// The complete document: XML declaration, root element with size and accessible title, white background.
    func document(title: String) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Self.n(width))\" height=\"\(Self.n(height))\""
        out += " viewBox=\"0 0 \(Self.n(width)) \(Self.n(height))\" role=\"img\""
        out += " font-family=\"\(Self.fontFamily)\">\n"
        out += "<title>\(title.xmlEscaped)</title>\n"
        out += "<rect x=\"0\" y=\"0\" width=\"\(Self.n(width))\" height=\"\(Self.n(height))\" fill=\"#ffffff\"/>\n"
        out += body
        out += "</svg>\n"
        return out
    }

    /// A stable identifier for `clipPath` ids, so several charts can share one HTML page without clashing.
    static func identifier(for parts: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for byte in part.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            hash ^= 0xff
            hash = hash &* 0x100_0000_01b3
        }
        return "clip" + String(hash, radix: 16)
    }
}
