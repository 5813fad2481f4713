import Testing

@testable import Reports

@Suite("ReliabilityDiagram")
struct ReliabilityDiagramTests {
    static let bins = (0..<5).map { index -> ReliabilityBin in
        let lower = Double(index) / 5
        return ReliabilityBin(
            lower: lower, upper: lower + 0.2, confidence: lower + 0.1, accuracy: lower + 0.05, count: index * 10)
    }

    @Test("non-empty bins get a bar, a gap and a count label; the diagonal is drawn")
    func bars() throws {
        let chart = ReliabilityDiagram(title: "calibration <v2>", bins: Self.bins, summary: "ECE 0.05")
        let svg = try #require(XMLInspector.parse(chart.svg()))
        #expect(svg.kind("bar").count == 4)
        #expect(svg.kind("gap").count == 4)
        #expect(svg.texts("count") == ["10", "20", "30", "40"])
        #expect(svg.texts("note") == ["ECE 0.05"])
        #expect(svg.named("line").contains { $0.attributes["stroke-dasharray"] == "5 4" })
        #expect(svg.texts("x-tick") == ["0", "0.2", "0.4", "0.6", "0.8", "1"])
        #expect(svg.kind("legend-entry").count == 3)
    }

    @Test("the bar height matches the bin's accuracy on the y axis")
    func barHeight() throws {
        let bin = ReliabilityBin(lower: 0.6, upper: 0.8, confidence: 0.7, accuracy: 0.4, count: 7)
        let svg = try #require(XMLInspector.parse(ReliabilityDiagram(title: "r", bins: [bin]).svg()))
        let ticks = svg.kind("y-tick")
        let zero = try #require(ticks.first { $0.text == "0" }.flatMap { Double($0.attributes["y"] ?? "") }) - 4
        let one = try #require(ticks.first { $0.text == "1" }.flatMap { Double($0.attributes["y"] ?? "") }) - 4
        let bar = try #require(svg.kind("bar").first)
        let top = try #require(Double(bar.attributes["y"] ?? ""))
        #expect(abs(top - (zero + 0.4 * (one - zero))) < 0.02)
    }

    @Test("invalid bins are noted and skipped; no valid bin renders No data")
    func invalidBins() throws {
        let bad = ReliabilityBin(lower: 0, upper: 0.5, confidence: .nan, accuracy: 0.3, count: 3)
        let svg = try #require(XMLInspector.parse(ReliabilityDiagram(title: "r", bins: [bad]).svg()))
        #expect(svg.texts("no-data") == ["No data"])
        #expect(svg.texts("note") == ["1 invalid bin not drawn"])
    }
}
