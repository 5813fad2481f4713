import Testing

@testable import Drift

/// The bucketed KS distance must equal, bit for bit, the merge over sorted samples (the reference formulation).
struct ECDFDistanceSearchTests {
    static func sample(seed: UInt64, count: Int, shift: Double, step: Double?) -> [Double] {
        var generator = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            let value = (generator.nextUnit() + generator.nextUnit() - 1) + shift
            return step.map { (value / $0).rounded() * $0 } ?? value
        }
    }

    @Test(
        "bucketed distance equals the sorted merge (continuous, ties, unequal sizes, outliers)",
        arguments: [(20_000, 15_000, 0.01, nil), (12_000, 12_000, 0.0, 0.001), (30_000, 7_000, 0.05, 0.01),
                    (9_000, 9_000, 0.0, nil)] as [(Int, Int, Double, Double?)])
    func matchesMerge(sizes: (Int, Int, Double, Double?)) throws {
        var a = Self.sample(seed: 3, count: sizes.0, shift: 0, step: sizes.3)
        let b = Self.sample(seed: 4, count: sizes.1, shift: sizes.2, step: sizes.3)
        a[17] = 1e300  // one far outlier squeezes the first level's buckets: forces recursion
        a[18] = -0.0
        let merged = KolmogorovSmirnov.statistic(SortedSample.radixSorted(a), SortedSample.radixSorted(b))
        #expect(ECDFDistanceSearch.distance(a, b).bitPattern == merged.bitPattern)
        let sortedReference = try SortedSample(a)
        let viaProfile = try KolmogorovSmirnov.test(reference: sortedReference, unsortedCurrent: b)
        let viaSorted = try KolmogorovSmirnov.test(reference: sortedReference, current: SortedSample(b))
        #expect(viaProfile == viaSorted)
        #expect(try KolmogorovSmirnov.test(reference: a, current: b) == viaSorted)
    }

    @Test("unsorted current with NaN is rejected")
    func rejectsNaN() throws {
        let reference = try SortedSample([1, 2, 3])
        #expect(throws: DriftError.self) {
            try KolmogorovSmirnov.test(reference: reference, unsortedCurrent: [1, .nan])
        }
    }
}
