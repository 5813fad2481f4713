import Testing

@testable import Reports

@Suite("Sparkline")
struct SparklineTests {
    @Test("the minimum maps to ▁ and the maximum to █, linearly in between")
    func levels() {
        #expect(Sparkline.render([0, 1, 2, 3, 4, 5, 6, 7]) == "▁▂▃▄▅▆▇█")
        #expect(Sparkline.render([-5, 10, 2.5]) == "▁█▅")
    }

    @Test("non-finite values become spaces, a constant series a flat line, no values an empty string")
    func edgeCases() {
        #expect(Sparkline.render([1, .nan, 3, .infinity]) == "▁ █ ")
        #expect(Sparkline.render([2, 2, 2]) == "▄▄▄")
        #expect(Sparkline.render([]) == "")
        #expect(Sparkline.render([.nan, .nan]) == "  ")
    }

    @Test("a width averages long series into buckets")
    func width() {
        let values = (0..<1000).map { Double($0) }
        let line = Sparkline.render(values, width: 8)
        #expect(line.count == 8)
        #expect(line.first == "▁" && line.last == "█")
        #expect(Sparkline.render([1, 2, 3], width: 10).count == 3)
    }
}
