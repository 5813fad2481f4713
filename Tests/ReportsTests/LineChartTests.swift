import Foundation
import Testing

@testable import Reports

@Suite("LineChart")
struct LineChartTests {
    func parse(_ chart: LineChart) throws -> XMLInspector {
        let svg = chart.svg()
        let inspector = XMLInspector.parse(svg)
        #expect(inspector != nil, "SVG is not well-formed XML")
        return try #require(inspector)
    }

    @Test("three series give well-formed SVG with three paths, colours and legend entries")
    func threeSeries() throws {
        let chart = LineChart(
            title: "Loss", xLabel: "step", yLabel: "loss",
            series: [
                Series(name: "cosine", values: [3, 2, 1.5, 1.2]),
                Series(name: "step", values: [3, 2.5, 1.1, 1]),
                Series(name: "constant", values: [2, 2, 2, 2]),
            ])
        let svg = try parse(chart)
        let lines = svg.kind("line")
        #expect(lines.count == 3)
        #expect(Set(lines.compactMap { $0.attributes["stroke"] }).count == 3)
        #expect(svg.kind("legend-entry").count == 3)
        #expect(svg.named("svg").first?.attributes["xmlns"] == "http://www.w3.org/2000/svg")
        #expect(svg.named("title").first?.text == "Loss")
        #expect(svg.texts("x-label") == ["step"])
        #expect(svg.texts("y-label") == ["loss"])
        #expect(svg.named("script").isEmpty)
    }

    @Test("names and titles with markup are escaped and survive a round trip")
    func escaping() throws {
        let name = "a<b&c \"q\" 'x'"
        let chart = LineChart(
            title: "<script>alert(1)</script> & co", series: [Series(name: name, values: [1, 2])],
            markers: [Marker(x: 1, label: "cut <0.5>", kind: .guardCut)])
        let text = chart.svg()
        #expect(!text.contains("a<b&c"))
        #expect(text.contains("a&lt;b&amp;c"))
        #expect(!text.contains("<script>"))
        let svg = try parse(chart)
        #expect(svg.elements.contains { $0.name == "text" && $0.text == name })
        #expect(svg.kind("line").first?.attributes["data-series"] == name)
        #expect(svg.texts("title") == ["<script>alert(1)</script> & co"])
    }

    @Test("control characters that XML forbids are dropped from names")
    func controlCharacters() throws {
        let chart = LineChart(title: "bell\u{7}", series: [Series(name: "tab\tnull\u{0}", values: [1, 2])])
        let svg = try parse(chart)
        #expect(svg.texts("title") == ["bell"])
    }

    @Test("NaN and infinity break the line into subpaths and are noted")
    func nanGaps() throws {
        let chart = LineChart(
            title: "gaps", series: [Series(name: "loss", values: [1, 2, .nan, 3, 4, .infinity, 5, 6])])
        let svg = try parse(chart)
        let path = SVGPath(try #require(svg.kind("line").first?.attributes["d"]))
        #expect(path.subpaths.count == 3)
        #expect(path.subpaths.map(\.count) == [2, 2, 2])
        #expect(chart.notes == ["loss: 2 non-finite values shown as gaps"])
        #expect(svg.texts("note") == chart.notes)
    }

    @Test("an isolated point between gaps is drawn as a dot")
    func isolatedPoint() throws {
        let svg = try parse(LineChart(title: "dot", series: [Series(name: "s", values: [1, 2, .nan, 3, .nan, 4, 5])]))
        #expect(svg.named("circle").count == 1)
        #expect(SVGPath(try #require(svg.kind("line").first?.attributes["d"])).subpaths.count == 2)
    }

    @Test("a single point renders as a dot inside padded axes")
    func singlePoint() throws {
        let svg = try parse(LineChart(title: "one", series: [Series(name: "s", points: [(x: 5, y: 0.25)])]))
        #expect(svg.named("circle").count == 1)
        #expect(svg.kind("line").isEmpty)
        let yTicks = svg.texts("y-tick").compactMap(Double.init)
        let xTicks = svg.texts("x-tick").compactMap(Double.init)
        #expect(yTicks.count >= 2 && xTicks.count >= 2)
        #expect((yTicks.min() ?? 1) < 0.25 && (yTicks.max() ?? 0) > 0.25)
        #expect((xTicks.min() ?? 6) < 5 && (xTicks.max() ?? 0) > 5)
    }

    @Test("a constant series gets a padded y range around its value")
    func constantSeries() throws {
        let svg = try parse(LineChart(title: "flat", series: [Series(name: "s", values: [7, 7, 7, 7])]))
        let ticks = svg.texts("y-tick").compactMap(Double.init)
        #expect(ticks.count >= 2)
        #expect((ticks.min() ?? 7) < 7 && (ticks.max() ?? 7) > 7)
        let path = SVGPath(try #require(svg.kind("line").first?.attributes["d"]))
        #expect(Set(path.points.map(\.y)).count == 1)
    }

    @Test(
        "empty input renders a No data chart",
        arguments: [
            [Series](), [Series(name: "empty", values: [])], [Series(name: "nan", values: [.nan, .nan])],
        ])
    func emptyData(series: [Series]) throws {
        let svg = try parse(LineChart(title: "nothing", series: series))
        #expect(svg.texts("no-data") == ["No data"])
        #expect(svg.kind("line").isEmpty)
        #expect(svg.kind("legend-entry").count == series.count)
    }

    @Test("a log y axis puts ticks at powers of ten and notes values it cannot show")
    func logY() throws {
        let values: [Double] = [2e-4, 3e-3, 0.05, 0, -1, 0.9, 40]
        let chart = LineChart(title: "lr", series: [Series(name: "lr", values: values)], yScale: .log10)
        let svg = try parse(chart)
        let labels = svg.texts("y-tick")
        let ticks = try labels.map { try #require(Double($0), "tick label \($0) is not a number") }
        #expect(ticks.allSatisfy { abs(log10($0) - log10($0).rounded()) < 1e-9 })
        #expect((ticks.min() ?? 1) <= 2e-4 && (ticks.max() ?? 0) >= 40)
        #expect(labels.contains("1e-4") && labels.contains("0.001") && labels.contains("100"))
        #expect(chart.notes == ["lr: 2 values ≤ 0 not shown on the log axis"])
        #expect(SVGPath(try #require(svg.kind("line").first?.attributes["d"])).subpaths.count == 2)
    }

    @Test("a log x axis places points by ratio")
    func logX() throws {
        let points: [(x: Double, y: Double)] = [(1, 1), (10, 2), (100, 3), (1000, 4)]
        let svg = try parse(
            LineChart(title: "lr range test", series: [Series(name: "s", points: points)], xScale: .log10))
        let xs = SVGPath(try #require(svg.kind("line").first?.attributes["d"])).points.map(\.x)
        #expect(xs.count == 4)
        let gaps = zip(xs, xs.dropFirst()).map { $1 - $0 }
        #expect(gaps.allSatisfy { abs($0 - gaps[0]) < 0.02 })
        #expect(svg.texts("x-tick") == ["1", "10", "100", "1k"])
    }

    @Test("a band is drawn in its series' colour before every line")
    func bandUnderLines() throws {
        let band = try Band(x: [0, 1, 2], lower: [0.5, 0.8, 1.5], upper: [1.5, 2.2, 2.5])
        let chart = LineChart(
            title: "seeds",
            series: [
                Series(name: "mean", points: [(0, 1), (1, 1.5), (2, 2)], band: band),
                Series(name: "other", values: [2, 1, 0]),
            ])
        let svg = try parse(chart)
        let bands = svg.kind("band")
        #expect(bands.count == 1)
        #expect(bands.first?.attributes["fill"] == svg.kind("line").first?.attributes["stroke"])
        let firstBand = try #require(svg.elements.firstIndex { $0.attributes["data-kind"] == "band" })
        let firstLine = try #require(svg.elements.firstIndex { $0.attributes["data-kind"] == "line" })
        #expect(firstBand < firstLine)
        let polygon = SVGPath(try #require(bands.first?.attributes["d"]))
        #expect(polygon.points.count == 6)
    }

    @Test("markers draw a labelled line each and widen the x range")
    func markers() throws {
        let chart = LineChart(
            title: "events", series: [Series(name: "s", values: [1, 2, 3])],
            markers: [Marker(x: 1, label: "restart", kind: .restart), Marker(x: 9, label: "drift", kind: .drift)])
        let svg = try parse(chart)
        #expect(svg.kind("marker").count == 2)
        #expect(svg.texts("marker-label") == ["restart", "drift"])
        #expect((svg.texts("x-tick").compactMap(Double.init).max() ?? 0) >= 9)
    }

    @Test("labels of markers at the same x are joined instead of overprinted")
    func coincidentMarkers() throws {
        let chart = LineChart(
            title: "events", series: [Series(name: "s", values: [1, 2, 3])],
            markers: [Marker(x: 2, label: "drift", kind: .drift), Marker(x: 2, label: "restart", kind: .restart)])
        let svg = try parse(chart)
        #expect(svg.kind("marker").count == 2)
        #expect(svg.texts("marker-label") == ["drift · restart"])
    }

    @Test("mismatched x and y lengths are rejected with a message")
    func mismatchedLengths() {
        #expect(throws: ReportsError.self) { try Series(name: "s", x: [1, 2], y: [1]) }
        #expect(throws: ReportsError.self) { try Band(x: [1, 2], lower: [1, 2], upper: [3]) }
    }
}
