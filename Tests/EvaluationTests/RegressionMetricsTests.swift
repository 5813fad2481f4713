import Testing

@testable import Evaluation

/// One case of `Fixtures/evaluation_regression.json` (scikit-learn 1.9.1).
struct RegressionCase: Decodable, CustomTestStringConvertible, Sendable {
    let name: String
    let targets: [Double]
    let predictions: [Double]
    let mse: Double
    let rmse: Double
    let mae: Double
    let r2: Double?

    var testDescription: String { name }

    static let all: [RegressionCase] = {
        struct File: Decodable { let cases: [RegressionCase] }
        return (try? Fixture.load("evaluation_regression.json", as: File.self).cases) ?? []
    }()
}

@Suite("Regression metrics against scikit-learn (tolerance 1e-9)")
struct RegressionMetricsTests {
    @Test("fixtures load") func fixturesLoad() { #expect(RegressionCase.all.count >= 6) }

    @Test("MSE, RMSE, MAE, R² (constant targets use force_finite)", arguments: RegressionCase.all)
    func matchesScikitLearn(_ c: RegressionCase) throws {
        let (t, p) = (c.targets, c.predictions)
        #expect(close(try RegressionMetrics.meanSquaredError(targets: t, predictions: p), c.mse))
        #expect(close(try RegressionMetrics.rootMeanSquaredError(targets: t, predictions: p), c.rmse))
        #expect(close(try RegressionMetrics.meanAbsoluteError(targets: t, predictions: p), c.mae))
        if let r2 = c.r2 {
            #expect(close(try RegressionMetrics.r2(targets: t, predictions: p), r2))
        } else {
            #expect(throwsCode(.undefinedMetric) { try RegressionMetrics.r2(targets: t, predictions: p) })
        }
    }
}
