import Foundation
import Testing

@testable import Reports

/// numpy reference values written by scripts/fixtures/reports_histogram.py.
struct HistogramFixture: Decodable {
    struct Sample: Decodable {
        var values: [Double?]
        var counts: [Int]
        var omitted: Int
    }

    struct Case: Decodable {
        var name: String
        var bins: Int
        var edges: [Double]
        var samples: [Sample]
    }

    var cases: [Case]

    static func load() throws -> [Case] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/reports_histogram.json")
        return try JSONDecoder().decode(HistogramFixture.self, from: Data(contentsOf: url)).cases
    }
}

@Suite("Histogram")
struct HistogramTests {
    @Test("bin edges and counts match numpy.histogram_bin_edges and numpy.histogram")
    func matchesNumpy() throws {
        for fixture in try HistogramFixture.load() {
            let samples = fixture.samples.map { $0.values.map { $0 ?? .nan } }
            let edges: [Double]
            if fixture.name.hasPrefix("fixed_edges") {
                edges = fixture.edges
            } else {
                edges = try HistogramSeries.edges(count: fixture.bins, covering: samples.flatMap { $0 })
                #expect(edges.count == fixture.edges.count, "\(fixture.name)")
                for (ours, numpy) in zip(edges, fixture.edges) {
                    #expect(
                        abs(ours - numpy) <= 1e-12 * max(1, abs(numpy)), "\(fixture.name): edge \(ours) vs \(numpy)")
                }
            }
            for (sample, reference) in zip(samples, fixture.samples) {
                let series = try HistogramSeries(name: fixture.name, values: sample, edges: edges)
                #expect(series.bins.map { Int($0.count) } == reference.counts, "\(fixture.name)")
                #expect(series.omitted == reference.omitted, "\(fixture.name)")
            }
        }
    }

    @Test("invalid edges and bin counts are rejected")
    func invalidEdges() {
        #expect(throws: ReportsError.self) { try HistogramSeries(name: "x", values: [1], edges: [1]) }
        #expect(throws: ReportsError.self) { try HistogramSeries(name: "x", values: [1], edges: [0, 2, 1]) }
        #expect(throws: ReportsError.self) { try HistogramSeries(name: "x", values: [1], edges: [0, .nan]) }
        #expect(throws: ReportsError.self) { try HistogramSeries.edges(count: 0, covering: [1, 2]) }
    }

    @Test("two overlaid distributions draw one bar per bin each, with a legend entry each")
    func overlay() throws {
        let edges = try HistogramSeries.edges(count: 6, covering: [0, 1, 2, 3], [2, 3, 4, 5, 6])
        let chart = Histogram(
            title: "drift <x>",
            series: [
                try HistogramSeries(name: "reference", values: [0, 1, 2, 3], edges: edges),
                try HistogramSeries(name: "current & new", values: [2, 3, 4, 5, 6, .nan], edges: edges),
            ], normalization: .fraction)
        let svg = try #require(XMLInspector.parse(chart.svg()))
        let bars = svg.kind("bar")
        #expect(bars.filter { $0.attributes["data-series"] == "reference" }.count == 6)
        #expect(bars.filter { $0.attributes["data-series"] == "current & new" }.count == 6)
        #expect(Set(bars.compactMap { $0.attributes["fill"] }).count == 2)
        #expect(svg.kind("legend-entry").count == 2)
        #expect(svg.texts("note") == ["current & new: 1 value outside the bins"])
        #expect(svg.texts("y-label") == ["fraction"])
    }

    @Test("normalizations scale bars: fractions sum to 1, densities integrate to 1")
    func normalizations() {
        let bins = [
            HistogramBin(lower: 0, upper: 1, count: 2), HistogramBin(lower: 1, upper: 3, count: 6),
        ]
        var chart = Histogram(title: "h", series: [HistogramSeries(name: "s", bins: bins)])
        chart.normalization = .fraction
        #expect(bins.compactMap { chart.barHeight($0, total: 8) }.reduce(0, +) == 1)
        chart.normalization = .density
        #expect(bins.compactMap { chart.barHeight($0, total: 8).map { $0 * ($0 > 0 ? 1 : 0) } } == [0.25, 0.375])
        let area = bins.compactMap { bin in chart.barHeight(bin, total: 8).map { $0 * (bin.upper - bin.lower) } }
        #expect(abs(area.reduce(0, +) - 1) < 1e-12)
    }

    @Test("no bins renders a No data chart")
    func empty() throws {
        let svg = try #require(XMLInspector.parse(Histogram(title: "empty", series: []).svg()))
        #expect(svg.texts("no-data") == ["No data"])
        let zero = try #require(
            XMLInspector.parse(Histogram(title: "zeros", series: [HistogramSeries(name: "s", bins: [])]).svg()))
        #expect(zero.texts("no-data") == ["No data"])
    }
}
