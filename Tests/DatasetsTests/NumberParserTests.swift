import Foundation
import Testing

@testable import Datasets

@Suite("Number parsing")
struct NumberParserTests {
    /// Formats in which files usually hold numbers (printf formats applied to random doubles).
    static let formats = ["%.6f", "%.3f", "%.17g", "%.15g", "%g", "%e", "%.0f", "%.10e", "%.2f"]

    @Test("the fast path gives strtod's exact bits or defers to it", arguments: formats)
    func fastPathMatchesStrtod(format: String) {
        var generator = SeededGenerator(seed: 7)
        for index in 0..<5_000 {
            let magnitude = Double(Int(generator.next() % 40) - 20)
            let raw = (Double(generator.next() >> 11) / Double(1 << 53) * 2 - 1) * pow(10, magnitude)
            let value = index % 3 == 0 ? raw.rounded() : raw
            let text = String(format: format, value)
            let expected = strtod(text, nil)
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                let base = buffer.baseAddress!
                if let (parsed, stop) = NumberParser.parseFast(base, base + buffer.count) {
                    #expect(parsed.bitPattern == expected.bitPattern, "\(text)")
                    #expect(stop == base + buffer.count, "\(text)")
                }
                #expect(NumberParser.parseSlow(buffer)?.bitPattern == expected.bitPattern, "\(text)")
            }
        }
    }

    @Test("Eisel–Lemire matches strtod on random mantissas and exponents and decides nearly all of them")
    func eiselLemire() {
        var generator = SeededGenerator(seed: 11)
        var undecided = 0
        let trials = 20_000
        for trial in 0..<trials {
            let digits = 1 + generator.integer(below: 19)
            var mantissa = generator.next() % 10_000_000_000_000_000_000
            if digits < 19 { mantissa %= (0..<digits).reduce(UInt64(1)) { value, _ in value * 10 } }
            let exponent = generator.integer(in: EiselLemire.minimumExponent...EiselLemire.maximumExponent)
            let expected = strtod("\(mantissa)e\(exponent)", nil)
            if let value = EiselLemire.value(mantissa: mantissa, exponent: exponent) {
                #expect(value.bitPattern == expected.bitPattern, "\(mantissa)e\(exponent) (trial \(trial))")
            } else {
                undecided += 1
            }
        }
        #expect(undecided < trials / 100)
        // Halfway cases are left to strtod: 2^53 + 1 lies exactly between two doubles.
        #expect(EiselLemire.value(mantissa: 9_007_199_254_740_993, exponent: 0) == nil)
    }

    @Test("text that is not a number is rejected", arguments: ["", "-", ".", "e5", "1e", "0x1p3", "nan", "1,5", "--1"])
    func rejects(text: String) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            #expect(NumberParser.parseSlow(buffer) == nil)
            if let base = buffer.baseAddress, let (_, stop) = NumberParser.parseFast(base, base + buffer.count) {
                #expect(stop != base + buffer.count, "fast path must not consume all of '\(text)'")
            }
        }
    }
}
