import Foundation
import Testing

@testable import Reports

@Suite struct ComparisonReportTests {
    static func page() throws -> ComparisonReport {
        var page = ComparisonReport(title: "Schedules <&> seeds", verdict: "cosine wins: p < 0.05")
        page.facts = [("data", "moons.csv"), ("seeds", "3")]
        page.tables = [
            ComparisonTable(
                title: "Leaderboard", columns: ["rank", "schedule", "valid loss"],
                rows: [["1", "cosine", "0.31 ± 0.02"], ["2", "step", "0.40 ± 0.03"]], caption: "95% t-interval")
        ]
        let steps = (1...50).map(Double.init)
        page.rateCurves = [
            try ComparisonCurve(name: "cosine", steps: steps, mean: steps.map { 0.1 * (1 + cos(.pi * $0 / 50)) / 2 }),
            try ComparisonCurve(name: "step", steps: steps, mean: steps.map { $0 < 25 ? 0.1 : 0.01 }),
        ]
        let loss = steps.map { 1 / $0 }
        page.validationLossCurves = [
            try ComparisonCurve(
                name: "cosine", steps: steps, mean: loss, lower: loss.map { $0 * 0.9 }, upper: loss.map { $0 * 1.1 }),
            try ComparisonCurve(
                name: "step", steps: steps, mean: loss.map { $0 + 0.1 }, lower: loss, upper: loss.map { $0 + 0.2 }),
        ]
        return page
    }

    @Test func pageIsWellFormedWithChartsBandsAndTables() throws {
        let html = try Self.page().html()
        let inspector = try #require(XMLInspector.parse(html), "not well-formed XML")
        #expect(inspector.named("svg").count == 2)
        #expect(inspector.named("table").count >= 2)
        // Both validation curves carry a band; the rate curves do not.
        #expect(inspector.kind("band").count == 2)
        #expect(html.contains("Schedules &lt;&amp;&gt; seeds"))
        #expect(html.contains("cosine wins: p &lt; 0.05"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("src=") && !html.contains("href=\"http"))
    }

    @Test func emptyCurveGroupsAreLeftOut() throws {
        var page = try Self.page()
        page.validationLossCurves = []
        let inspector = try #require(XMLInspector.parse(page.html()))
        #expect(inspector.named("svg").count == 1)
    }

    @Test func mismatchedCurveLengthsThrow() {
        #expect(throws: ReportsError.self) { try ComparisonCurve(name: "a", steps: [1, 2], mean: [1]) }
        #expect(throws: ReportsError.self) {
            try ComparisonCurve(name: "a", steps: [1, 2], mean: [1, 2], lower: [0, 1], upper: nil)
        }
        #expect(throws: ReportsError.self) {
            try ComparisonCurve(name: "a", steps: [1, 2], mean: [1, 2], lower: [0], upper: [2])
        }
    }

    @Test func terminalPlotsOverlayTheSchedulesLossAndRate() throws {
        let page = try Self.page()
        let text = page.terminalPlots(width: 60, height: 8)
        let blocks = text.components(separatedBy: "\n\n")
        #expect(blocks.count == 2)
        #expect(blocks[0].hasPrefix("validation loss by step (mean over seeds)"))
        #expect(blocks[1].hasPrefix("learning rate by step"))
        for block in blocks {
            let lines = block.split(separator: "\n", omittingEmptySubsequences: false)
            // title, 8 plot rows, axis, x range, legend
            #expect(lines.count == 12)
            #expect(lines.dropFirst().prefix(8).allSatisfy { $0.count == 60 })
            #expect(lines.last == "      ■ cosine  ■ step" || lines.last?.hasSuffix("■ cosine  ■ step") == true)
        }
        // Each block is exactly TerminalPlot's rendering of the curves.
        let expected = TerminalPlot(
            title: "learning rate by step", series: page.rateCurves.map { $0.series() }, width: 60, height: 8
        ).render()
        #expect(blocks[1] == expected)
        #expect(!text.contains("\u{1B}["))
        #expect(page.terminalPlots(colours: true).contains("\u{1B}["))
        #expect(page.terminalPlots() == page.terminalPlots())
        #expect(ComparisonReport(title: "empty", verdict: "").terminalPlots().isEmpty)
    }
}
