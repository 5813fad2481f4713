import Foundation
import Testing

@testable import Evaluation

@Suite("Seed statistics against scipy (t: 1e-9 relative; tests: 1e-9)")
struct SeedStatisticsTests {
    @Test("fixtures load") func fixturesLoad() throws {
        let fixture = try #require(StatisticsFixture.shared)
        #expect(fixture.quantiles.count > 100 && fixture.wilcoxon.count == 9)
    }

    @Test("Student t quantile equals scipy.stats.t.ppf", arguments: StatisticsFixture.shared?.quantiles ?? [])
    func quantile(_ q: StatisticsFixture.Quantile) throws {
        #expect(close(try StudentT.quantile(q.p, degreesOfFreedom: q.df), q.t))
    }

    @Test("Student t CDF and survival equal scipy") func distribution() throws {
        for d in try #require(StatisticsFixture.shared).distribution {
            #expect(close(StudentT.cdf(d.t, degreesOfFreedom: d.df), d.cdf), "t=\(d.t) df=\(d.df)")
            let sf = StudentT.survival(d.t, degreesOfFreedom: d.df)
            #expect(abs(sf - d.sf) <= 1e-9 * d.sf + 1e-300, "sf t=\(d.t) df=\(d.df)")
        }
    }

    @Test("seed summary: mean, sample sd, t-interval", arguments: StatisticsFixture.shared?.summaries ?? [])
    func summary(_ s: StatisticsFixture.Summary) throws {
        let summary = try SeedSummary(values: s.values)
        #expect(close(summary.mean, s.mean))
        #expect(close(summary.standardDeviation, s.std))
        #expect(close(summary.lower, s.interval95[0]) && close(summary.upper, s.interval95[1]))
        let ninety = try SeedSummary(values: s.values, confidenceLevel: 0.9)
        #expect(close(ninety.lower, s.interval90[0]) && close(ninety.upper, s.interval90[1]))
    }

    @Test("paired t-test equals scipy.stats.ttest_rel", arguments: StatisticsFixture.shared?.tTests ?? [])
    func pairedTTest(_ t: StatisticsFixture.TTest) throws {
        let test = try PairedTTest(differences: zip(t.a, t.b).map { $0 - $1 })
        #expect(close(test.statistic, t.statistic))
        #expect(close(test.pValue, t.pValue))
    }

    @Test(
        "Wilcoxon signed-rank equals scipy.stats.wilcoxon defaults (exact, permutation, normal)",
        arguments: StatisticsFixture.shared?.wilcoxon ?? [])
    func wilcoxon(_ w: StatisticsFixture.Wilcoxon) throws {
        let test = try WilcoxonSignedRank(differences: w.differences)
        #expect(test.method.rawValue == w.method)
        #expect(close(test.statistic, w.statistic))
        #expect(close(test.pValue, w.pValue))
    }

    @Test("bootstrap percentile interval is near scipy.stats.bootstrap (within 5% of sd) and reproducible")
    func bootstrap() throws {
        for b in try #require(StatisticsFixture.shared).bootstraps {
            let interval = try BootstrapInterval(values: b.values, resamples: 20_000, seed: 42)
            #expect(abs(interval.lower - b.lower) < 0.05 * b.sd)
            #expect(abs(interval.upper - b.upper) < 0.05 * b.sd)
            #expect(try BootstrapInterval(values: b.values, resamples: 20_000, seed: 42) == interval)
            #expect(try BootstrapInterval(values: b.values, resamples: 20_000, seed: 43) != interval)
        }
    }
}

@Suite("Seed statistics edge cases")
struct SeedStatisticsEdgeCaseTests {
    @Test("one seed throws emptyInput") func oneSeed() {
        #expect(throwsCode(.emptyInput) { try SeedSummary(values: [0.9]) })
        #expect(throwsCode(.emptyInput) { try PairedComparison([1], [2]) })
    }

    @Test("NaN seed value throws nonFiniteValue") func nan() {
        #expect(throwsCode(.nonFiniteValue) { try SeedSummary(values: [0.9, .nan]) })
        #expect(throwsCode(.nonFiniteValue) { try WilcoxonSignedRank(differences: [.nan]) })
    }

    @Test("t quantile at p outside (0, 1) or df 0 throws invalidArgument") func badQuantile() {
        #expect(throwsCode(.invalidArgument) { try StudentT.quantile(1, degreesOfFreedom: 3) })
        #expect(throwsCode(.invalidArgument) { try StudentT.quantile(0.5, degreesOfFreedom: 0) })
    }

    @Test("identical configurations: no t-test, Wilcoxon p = 1, bootstrap interval is the point 0")
    func identical() throws {
        let comparison = try PairedComparison([0.5, 0.6, 0.7], [0.5, 0.6, 0.7])
        #expect(comparison.tTest == nil)
        #expect(comparison.wilcoxon?.pValue == 1)
        #expect(comparison.bootstrap.lower == 0 && comparison.bootstrap.upper == 0)
    }

    @Test("paired comparison is consistent with its parts and JSON round-trips") func comparison() throws {
        let a = [0.91, 0.93, 0.90, 0.94, 0.92]
        let b = [0.88, 0.90, 0.89, 0.90, 0.91]
        let comparison = try PairedComparison(a, b, seed: 7)
        let differences = zip(a, b).map { $0 - $1 }
        #expect(comparison.tTest == (try PairedTTest(differences: differences)))
        #expect(comparison.wilcoxon == (try WilcoxonSignedRank(differences: differences)))
        #expect(close(comparison.meanDifference, differences.reduce(0, +) / 5))
        let data = try JSONEncoder().encode(comparison)
        #expect(try JSONDecoder().decode(PairedComparison.self, from: data) == comparison)
    }

    @Test("ranking: overlapping intervals tie, separated ones do not") func ranking() throws {
        let ranking = try ConfigurationRanking(
            results: [
                (name: "cosine", values: [0.90, 0.91, 0.92]),
                (name: "step", values: [0.80, 0.81, 0.82]),
                (name: "onecycle", values: [0.905, 0.915, 0.925]),
            ], goal: .maximize)
        #expect(ranking.entries.map(\.name) == ["onecycle", "cosine", "step"])
        #expect(ranking.entries.map(\.rank) == [1, 1, 3])
        #expect(ranking.entries[0].tiedWith == ["cosine"])
        #expect(ranking.entries[2].tiedWith.isEmpty)
        let lower = try ConfigurationRanking(
            results: [(name: "a", values: [1, 1.1]), (name: "b", values: [5, 5.1])], goal: .minimize)
        #expect(lower.entries.map(\.name) == ["a", "b"] && lower.entries.map(\.rank) == [1, 2])
    }

    @Test("ranking with a repeated name throws invalidArgument") func repeatedName() {
        #expect(
            throwsCode(.invalidArgument) {
                try ConfigurationRanking(
                    results: [(name: "a", values: [1, 2]), (name: "a", values: [1, 2])], goal: .minimize)
            })
    }
}
