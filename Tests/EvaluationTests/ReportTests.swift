import Foundation
import Testing

@testable import Evaluation

@Suite("Reports (JSON-ready summaries)")
struct ReportTests {
    @Test(
        "classification report matches scikit-learn fixtures and round-trips through JSON",
        arguments: ClassificationCase.all)
    func classification(_ c: ClassificationCase) throws {
        let probabilities = try c.probabilityMatrix()
        let report = try ClassificationReport(labels: c.labels, probabilities: probabilities)
        #expect(close(report.logLoss, c.logLoss) && close(report.brierScore, c.brier))
        #expect(report.rocAUC == nil ? c.rocAUC == nil : close(report.rocAUC ?? .nan, c.rocAUC))
        if c.classCount == 2 {
            #expect(
                report.averagePrecision == nil
                    ? c.averagePrecision == nil : close(report.averagePrecision ?? .nan, c.averagePrecision))
        }
        let argmax = probabilities.predictedClasses
        #expect(report.accuracy == (try ClassificationMetrics.accuracy(labels: c.labels, predictions: argmax)))
        #expect(report.confusionMatrix.classes == Array(0..<c.classCount))
        #expect(report.confusionMatrix.counts.joined().reduce(0, +) == c.labels.count)
        let decoded = try JSONDecoder().decode(ClassificationReport.self, from: JSONEncoder().encode(report))
        #expect(decoded == report)
    }

    @Test("regression report matches scikit-learn; one row has no R²", arguments: RegressionCase.all)
    func regression(_ c: RegressionCase) throws {
        let report = try RegressionReport(targets: c.targets, predictions: c.predictions)
        #expect(close(report.meanSquaredError, c.mse) && close(report.rootMeanSquaredError, c.rmse))
        #expect(close(report.meanAbsoluteError, c.mae))
        #expect(report.r2 == nil ? c.r2 == nil : close(report.r2 ?? .nan, c.r2))
    }

    @Test("curve summary collects best, final, area, reach, spikes and plateaus") func curve() throws {
        let series = try CurveAnalysisTests.decayingLoss(spikesAt: [150])
        let summary = try CurveSummary(series: series, goal: .minimize, target: 0.5)
        #expect(summary.best == series.best(goal: .minimize) && summary.final == series.final)
        #expect(summary.normalisedArea == series.areaUnderCurve())
        #expect(summary.reachedTarget == series.firstReach(target: 0.5, goal: .minimize))
        #expect(summary.spikes.map(\.step) == [150])
        #expect(summary.plateaus == (try series.plateaus()))
        #expect(try JSONDecoder().decode(CurveSummary.self, from: JSONEncoder().encode(summary)) == summary)
    }
}
