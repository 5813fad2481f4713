import Testing

@testable import Evaluation

/// `Fixtures/evaluation_statistics.json` (scripts/fixtures/evaluation_statistics.py, scipy 1.17.1, numpy 2.4).
struct StatisticsFixture: Decodable, Sendable {
    struct Quantile: Decodable, Sendable, CustomTestStringConvertible {
        let p: Double
        let df: Double
        let t: Double
        var testDescription: String { "p=\(p) df=\(df)" }
    }
    struct Distribution: Decodable, Sendable {
        let t: Double
        let df: Double
        let cdf: Double
        let sf: Double
    }
    struct Summary: Decodable, Sendable, CustomTestStringConvertible {
        let values: [Double]
        let mean: Double
        let std: Double
        let interval95: [Double]
        let interval90: [Double]
        var testDescription: String { "n=\(values.count)" }
    }
    struct TTest: Decodable, Sendable, CustomTestStringConvertible {
        let a: [Double]
        let b: [Double]
        let statistic: Double
        let pValue: Double
        var testDescription: String { "n=\(a.count)" }
    }
    struct Wilcoxon: Decodable, Sendable, CustomTestStringConvertible {
        let name: String
        let differences: [Double]
        let statistic: Double
        let pValue: Double
        let method: String
        var testDescription: String { name }
    }
    struct Bootstrap: Decodable, Sendable {
        let values: [Double]
        let lower: Double
        let upper: Double
        let sd: Double
    }
    struct Curve: Decodable, Sendable, CustomTestStringConvertible {
        let name: String
        let steps: [Int]
        let values: [Double]
        let area: Double
        let normalisedArea: Double
        var testDescription: String { name }
    }
    let quantiles: [Quantile]
    let distribution: [Distribution]
    let summaries: [Summary]
    let tTests: [TTest]
    let wilcoxon: [Wilcoxon]
    let bootstraps: [Bootstrap]
    let curves: [Curve]

    static let shared: StatisticsFixture? = try? Fixture.load("evaluation_statistics.json")
}
