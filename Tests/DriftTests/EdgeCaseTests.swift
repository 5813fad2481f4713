import Foundation
import Testing

@testable import Drift

@Suite("Edge cases: empty, constant, NaN, tiny samples, one category")
struct EdgeCaseTests {
    @Test("empty samples throw emptySample naming the side")
    func empty() {
        #expect(throws: DriftError.self) { try KolmogorovSmirnov.test(reference: [], current: [1]) }
        #expect(throws: DriftError.self) { try Wasserstein.distance(reference: [1], current: []) }
        #expect(throws: DriftError.self) { try ChiSquareTest.test(reference: [], current: ["a"]) }
        #expect(throws: DriftError.self) { try PopulationStabilityIndex.index(reference: [], current: [1]) }
        do {
            _ = try KolmogorovSmirnov.test(reference: [1, 2], current: [])
            Issue.record("expected an error")
        } catch let error as DriftError {
            #expect(error.code == .emptySample)
            #expect(error.message.contains("current"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("NaN in a low-level test is an error that names the index")
    func nanIsAnError() {
        do {
            _ = try KolmogorovSmirnov.test(reference: [1, .nan, 3], current: [1])
            Issue.record("expected an error")
        } catch let error as DriftError {
            #expect(error.code == .nonFiniteValue)
            #expect(error.message.contains("reference[1]"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("constant columns: KS D = 0, p = 1; Wasserstein normalised by the 0.001 floor; PSI 0")
    func constant() throws {
        let ks = try KolmogorovSmirnov.test(reference: [2, 2, 2], current: [2, 2])
        #expect(ks.statistic == 0)
        #expect(ks.pValue == 1)
        let w = try Wasserstein.normalized(reference: [1, 1, 1], current: [1.5, 1.5])
        #expect(close(w.statistic, 0.5 / Wasserstein.minimumScale))
        let psi = try PopulationStabilityIndex.index(reference: [4, 4, 4, 4], current: [4, 4])
        #expect(psi.statistic == 0)
    }

    @Test("one category: chi-square statistic 0, p 1; Z-test p 1")
    func oneCategory() throws {
        let chi = try ChiSquareTest.test(reference: ["a", "a"], current: ["a"])
        #expect(chi.statistic == 0 && chi.pValue == 1)
        let z = try ProportionZTest.test(reference: CategoryCounts(["x"]), current: CategoryCounts(["x", "x"]))
        #expect(z.pValue == 1)
    }

    @Test("radix sort equals the standard sort, including negatives, zeros and duplicates")
    func radixSort() {
        var values = FixtureSample(seed: 7, n: 5000, shape: "bell", shift: 0, scale: 3).values
        values += [0, -0.0, -1e300, 1e300, Double.leastNonzeroMagnitude, -Double.leastNonzeroMagnitude, 1, 1, 1]
        #expect(SortedSample.radixSorted(values) == values.sorted())
    }

    @Test("bucket sort of large samples equals the standard sort; narrow samples take the global radix sort")
    func bucketSort() {
        var values = FixtureSample(seed: 8, n: 100_000, shape: "bell", shift: 0, scale: 3).values
        values += [0, -0.0, -1e300, 1e300, Double.leastNonzeroMagnitude, -Double.leastNonzeroMagnitude, 1, 1, 1]
        values += (0..<3000).map { Double($0 % 7) }  // ties
        #expect(SortedSample.bucketSorted(values) == values.sorted())
        let narrow = values.map { 1 + $0 * 1e-12 }
        #expect(SortedSample.bucketSorted(narrow) == nil)
        #expect(SortedSample.radixSorted(narrow) == narrow.sorted())
    }

    @Test(
        "selection-based quantile bins equal the sorted-sample ones (small, large, sorted, tied inputs)",
        arguments: [500, 120_000])
    func selectionBins(n: Int) throws {
        let bell = FixtureSample(seed: 21, n: n, shape: "bell", shift: 0, scale: 1).values
        let ties = FixtureSample(seed: 22, n: n, shape: "ties", shift: 0, scale: 1).values
        // All values in one histogram bucket of the large path; and signed zeros among negatives and positives.
        let concentrated = bell.map { 1 + $0 * 1e-9 }
        let zeros = bell.enumerated().map { $0.offset % 3 == 0 ? ($0.offset % 2 == 0 ? 0.0 : -0.0) : $0.element }
        for sample in [bell, bell.sorted(), ties, concentrated, zeros] {
            let exact = try QuantileBins(reference: SortedSample(sample), bins: 10)
            let selected = try QuantileBins(unsortedReference: sample, bins: 10)
            #expect(selected == exact)
        }
    }

    @Test("quantile uses numpy's linear interpolation")
    func quantile() {
        let sample = SortedSample(alreadySorted: [1, 2, 4, 8])
        #expect(sample.quantile(0) == 1)
        #expect(sample.quantile(1) == 8)
        #expect(sample.quantile(0.5) == 3)  // position 1.5 between 2 and 4
    }

    @Test("invalid detector parameters throw instead of crashing")
    func invalidParameters() {
        #expect(throws: DriftError.self) { try ADWIN(delta: 0) }
        #expect(throws: DriftError.self) { try EDDM(alpha: 0.8, beta: 0.9) }
        #expect(throws: DriftError.self) { try KSWIN(windowSize: 50, statSize: 30) }
    }
}
