import Testing

@testable import Reports

@Suite("CompactNumber")
struct CompactNumberTests {
    @Test(
        "formats without a step",
        arguments: [
            (0.001, "0.001"), (1e-4, "1e-4"), (2000, "2k"), (1500, "1.5k"), (2.5e6, "2.5M"), (0, "0"), (-0.0, "0"),
            (0.25, "0.25"), (-3, "-3"), (12_000, "12k"), (999_999, "1M"), (3e9, "3G"), (4e12, "4T"), (1e15, "1e15"),
            (2.5e-5, "2.5e-5"), (-2e-7, "-2e-7"), (100, "100"), (999.99, "1k"),
        ] as [(Double, String)])
    func plain(value: Double, expected: String) {
        #expect(CompactNumber.format(value) == expected)
    }

    @Test("the step sets the precision and hides float noise")
    func withStep() {
        #expect(CompactNumber.format(0.30000000000000004, step: 0.1) == "0.3")
        #expect(CompactNumber.format(1.23456, step: 0.01) == "1.23")
        #expect(CompactNumber.format(2500, step: 500) == "2.5k")
        #expect(CompactNumber.format(5.551115123125783e-17, step: 0.1) == "0")
        #expect(CompactNumber.format(0.00015, step: 0.00005) == "1.5e-4")
    }

    @Test("non-finite values have readable labels")
    func nonFinite() {
        #expect(CompactNumber.format(.nan) == "NaN")
        #expect(CompactNumber.format(.infinity) == "∞")
        #expect(CompactNumber.format(-.infinity) == "-∞")
    }
}
