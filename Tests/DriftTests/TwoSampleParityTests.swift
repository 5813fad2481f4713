import Foundation
import Testing

@testable import Drift

struct TwoSampleFixture: Decodable {
    struct KS: Decodable {
        var reference: FixtureSample
        var current: FixtureSample
        var statistic: Double
        var pValue: Double
    }
    struct Grid: Decodable {
        var n: Int
        var x: Double
        var sf: Double
    }
    struct Chi: Decodable {
        var reference: [String: Int]
        var current: [String: Int]
        var statistic: Double
        var pValue: Double
    }
    struct JS: Decodable {
        var p: [Double]
        var q: [Double]
        var base: Double?
        var distance: Double
    }
    struct Binned: Decodable {
        var reference: FixtureSample
        var current: FixtureSample
        var bins: Int
        var edges: [Double]
        var psi: Double
        var jensenShannon: Double
        var jensenShannonBase2: Double
        var wasserstein: Double
        var wassersteinNormalized: Double
    }
    var ks: [KS]
    var kstwo: [Grid]
    var smirnov: [Grid]
    var chiSquare: [Chi]
    var jensenShannon: [JS]
    var binned: [Binned]

    static let shared: TwoSampleFixture? = try? Fixture.load("drift_twosample.json", as: TwoSampleFixture.self)
}

@Suite("Two-sample tests match scipy 1.17")
struct TwoSampleParityTests {
    let fixture = try! #require(TwoSampleFixture.shared)

    @Test("ks_2samp(method='auto'): exact and asymptotic p-values within 1e-6")
    func kolmogorovSmirnov() throws {
        for item in fixture.ks {
            let result = try KolmogorovSmirnov.test(reference: item.reference.values, current: item.current.values)
            #expect(close(result.statistic, item.statistic, absolute: 1e-12), "D \(item.reference.n)x\(item.current.n)")
            #expect(
                close(result.pValue ?? -1, item.pValue, absolute: 1e-6, relative: 1e-6),
                "p \(item.reference.n)x\(item.current.n) \(result.pValue ?? -1) vs \(item.pValue)")
            let expectedMethod = max(item.reference.n, item.current.n) <= 10_000 ? "exact" : "asymptotic"
            #expect(result.method == expectedMethod)
        }
    }

    @Test("kstwo.sf over all of scipy's regimes")
    func kolmogorovDistribution() {
        for item in fixture.kstwo {
            let sf = KolmogorovDistribution.twoSidedSF(n: item.n, x: item.x)
            #expect(close(sf, item.sf, absolute: 1e-10, relative: 1e-7), "n \(item.n) x \(item.x): \(sf) vs \(item.sf)")
        }
    }

    @Test("scipy.special.smirnov")
    func smirnov() {
        for item in fixture.smirnov {
            let sf = KolmogorovDistribution.smirnovSF(n: item.n, x: item.x)
            #expect(close(sf, item.sf, absolute: 1e-12, relative: 1e-8), "n \(item.n) x \(item.x): \(sf) vs \(item.sf)")
        }
    }

    @Test("chi2_contingency on the 2xK table, Yates only for 2 categories")
    func chiSquare() throws {
        for item in fixture.chiSquare {
            let result = try ChiSquareTest.test(
                reference: CategoryCounts(counts: item.reference), current: CategoryCounts(counts: item.current))
            #expect(close(result.statistic, item.statistic, absolute: 1e-10))
            #expect(close(result.pValue ?? -1, item.pValue, absolute: 1e-12, relative: 1e-8))
        }
    }

    @Test("scipy.spatial.distance.jensenshannon, base e and 2")
    func jensenShannon() {
        for item in fixture.jensenShannon {
            #expect(close(JensenShannon.distance(item.p, item.q, base: item.base), item.distance, absolute: 1e-12))
        }
    }

    @Test("quantile bins, PSI, binned JS and Wasserstein on generated samples")
    func binned() throws {
        for item in fixture.binned {
            let reference = item.reference.values
            let current = item.current.values
            let bins = try QuantileBins(reference: SortedSample(reference), bins: item.bins)
            #expect(bins.edges == item.edges)
            let psi = try PopulationStabilityIndex.index(reference: reference, current: current, bins: item.bins)
            #expect(close(psi.statistic, item.psi, absolute: 1e-12))
            let js = try JensenShannon.test(reference: reference, current: current, bins: item.bins)
            #expect(close(js.statistic, item.jensenShannon, absolute: 1e-12))
            let js2 = try JensenShannon.test(reference: reference, current: current, bins: item.bins, base: 2)
            #expect(close(js2.statistic, item.jensenShannonBase2, absolute: 1e-12))
            #expect(close(try Wasserstein.distance(reference: reference, current: current), item.wasserstein))
            let normalized = try Wasserstein.normalized(reference: reference, current: current)
            #expect(close(normalized.statistic, item.wassersteinNormalized))
        }
    }
}
