import Foundation
import Testing

@testable import Reports

@Suite("Downsampling")
struct DownsamplingTests {
    /// A deterministic noisy series in `0..<1` with one spike up and one dip down.
    static func noisy(count: Int, spike: Int, dip: Int) -> [Double] {
        var state: UInt64 = 42
        var values = [Double](repeating: 0, count: count)
        for index in 0..<count {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            values[index] = Double(state >> 11) / Double(1 << 53)
        }
        values[spike] = 100
        values[dip] = -100
        return values
    }

    @Test("a 100k-point series keeps its one-sample spike and dip with at most four points per pixel column")
    func spikeSurvives() throws {
        let values = Self.noisy(count: 100_000, spike: 54_321, dip: 12_345)
        let chart = LineChart(title: "long", series: [Series(name: "noise", values: values)], width: 600, height: 300)
        let svg = try #require(XMLInspector.parse(chart.svg()))
        let path = SVGPath(try #require(svg.kind("line").first?.attributes["d"]))
        let points = path.points
        #expect(points.count <= 4 * 600)
        let ticks = svg.kind("y-tick")
        let top = try #require(ticks.first { $0.text == "100" }.flatMap { Double($0.attributes["y"] ?? "") }) - 4
        let bottom = try #require(ticks.first { $0.text == "-100" }.flatMap { Double($0.attributes["y"] ?? "") }) - 4
        #expect(abs((points.map(\.y).min() ?? 0) - top) < 0.011)
        #expect(abs((points.map(\.y).max() ?? 0) - bottom) < 0.011)
    }

    @Test("the column reducer keeps each column's first, last, lowest and highest point in order")
    func reducerMatchesBruteForce() {
        let values = Self.noisy(count: 5_000, spike: 10, dip: 20)
        var reducer = ColumnReducer()
        let xs = values.indices.map { Double($0) * 0.037 }  // about 27 points per column
        for (x, y) in zip(xs, values) { reducer.add(x: x, y: y) }
        let kept = reducer.finish()
        let columns = Dictionary(grouping: zip(xs, values).map { (x: $0, y: $1) }) { Int($0.x.rounded(.down)) }
        let keptColumns = Dictionary(grouping: kept) { Int($0.x.rounded(.down)) }
        #expect(columns.count == keptColumns.count)
        for (column, all) in columns {
            let reduced = keptColumns[column] ?? []
            #expect(reduced.count <= 4)
            #expect(reduced.map(\.y).min() == all.map(\.y).min())
            #expect(reduced.map(\.y).max() == all.map(\.y).max())
            #expect(reduced.first?.x == all.first?.x && reduced.last?.x == all.last?.x)
        }
        #expect(zip(kept, kept.dropFirst()).allSatisfy { $0.x <= $1.x })
    }

    @Test("a short series passes through the reducer unchanged")
    func shortSeriesUnchanged() {
        var reducer = ColumnReducer()
        let points = [(0.5, 1.0), (2.5, 3.0), (4.5, 2.0)]
        for (x, y) in points { reducer.add(x: x, y: y) }
        #expect(reducer.finish() == points.map { ColumnReducer.Point(x: $0.0, y: $0.1) })
    }
}
