import Foundation
import Testing

@testable import Reports

@Suite("AxisTicks")
struct AxisTicksTests {
    static let ranges: [(Double, Double)] = [
        (0, 1), (0.03, 2.97), (-3.2, 7.9), (1999, 2001), (-1e-6, 4e-6), (0.1, 0.3), (12_345, 987_654),
        (-50, -49.5), (0, 100_000), (3.7, 3.7000001), (1e-9, 2e-9),
    ]

    @Test("linear ticks are 1-2-5 multiples of a power of ten covering the range", arguments: ranges)
    func linearTicksAreNice(range: (Double, Double)) {
        for target in [3, 5, 8] {
            let ticks = AxisTicks.linear(from: range.0, to: range.1, targetCount: target)
            #expect(ticks.values.count >= 2)
            #expect(ticks.values.first! <= range.0 && ticks.values.last! >= range.1)
            let step = ticks.values[1] - ticks.values[0]
            let exponent = (log10(step)).rounded(.down)
            let mantissa = step / pow(10, exponent)
            #expect([1, 2, 5, 10].contains { abs(mantissa - Double($0)) < 1e-6 }, "step \(step)")
            for (a, b) in zip(ticks.values, ticks.values.dropFirst()) {
                #expect(abs((b - a) - step) <= step * 1e-6)
            }
            // At most one step of slack on each side, and not wildly more intervals than asked for.
            #expect(ticks.values.first! > range.0 - step - step * 1e-9)
            #expect(ticks.values.last! < range.1 + step + step * 1e-9)
            #expect(ticks.values.count - 1 <= 2 * target + 2)
            #expect(Set(ticks.labels).count == ticks.labels.count, "labels \(ticks.labels) repeat")
            #expect(ticks.lower == ticks.values.first && ticks.upper == ticks.values.last)
        }
    }

    @Test("tick values are exact decimals, so 0.1 steps print without float noise")
    func decimalLabels() {
        let ticks = AxisTicks.linear(from: 0.1, to: 0.6, targetCount: 5)
        #expect(ticks.labels == ["0.1", "0.2", "0.3", "0.4", "0.5", "0.6"])
        #expect(ticks.values[2] == 0.3)
    }

    @Test("an empty range is padded, and reversed or non-finite bounds are handled")
    func degenerateRanges() {
        let flat = AxisTicks.linear(from: 5, to: 5)
        #expect(flat.lower < 5 && flat.upper > 5)
        let zero = AxisTicks.linear(from: 0, to: 0)
        #expect(zero.lower < 0 && zero.upper > 0)
        let reversed = AxisTicks.linear(from: 10, to: 0)
        #expect(reversed.lower <= 0 && reversed.upper >= 10)
        let nan = AxisTicks.linear(from: .nan, to: .infinity)
        #expect(nan.values.count >= 2)
    }

    static let logRanges: [(Double, Double)] = [(2e-4, 40), (1, 1), (0.5, 0.7), (1e-12, 1e12), (3, 30_000)]

    @Test("log ticks are powers of ten covering the range", arguments: logRanges)
    func logTicksArePowersOfTen(range: (Double, Double)) {
        let ticks = AxisTicks.log10(from: range.0, to: range.1, targetCount: 8)
        #expect(ticks.values.count >= 2 && ticks.values.count <= 9)
        #expect(ticks.values.allSatisfy { abs(log10($0) - log10($0).rounded()) < 1e-12 })
        #expect(ticks.values.first! <= range.0 && ticks.values.last! >= range.1)
        #expect(ticks.minor.allSatisfy { $0 > ticks.lower && $0 < ticks.upper })
    }

    @Test("log tick labels use compact notation")
    func logLabels() {
        let ticks = AxisTicks.log10(from: 1e-5, to: 2e4, targetCount: 12)
        #expect(ticks.labels == ["1e-5", "1e-4", "0.001", "0.01", "0.1", "1", "10", "100", "1k", "10k", "100k"])
    }
}
