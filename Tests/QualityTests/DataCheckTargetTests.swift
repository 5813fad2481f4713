import Datasets
import Evaluation
import Testing

@testable import Quality

/// Target leakage and class imbalance.
struct DataCheckTargetTests {
    static let binary = ["a", "a", "a", "a", "a", "b", "b", "b", "b", "b"]

    @Test func numericFeatureThatSeparatesABinaryTargetLeaks() throws {
        let table = try Table(columns: [
            Column(name: "leak", numbers: [0.1, 0.2, 0.3, 0.4, 0.5, 1.1, 1.2, 1.3, 1.4, 1.5]),
            Column(name: "reversed", numbers: [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]),
            Column(name: "noise", numbers: [3, 1, 4, 1, 5, 9, 2, 6, 5, 3]),
            Column(name: "y", categories: Self.binary),
        ])
        let report = try DataCheck.run(train: table, target: "y")
        let leaks = Dictionary(uniqueKeysWithValues: report.findings(.targetLeakage).map { ($0.columns[0], $0) })
        #expect(Set(leaks.keys) == ["leak", "reversed"])
        #expect(leaks["leak"]?.evidence.numbers["rocAUC"] == 1)
        #expect(leaks["reversed"]?.evidence.numbers["rocAUC"] == 0)
        #expect(leaks["leak"]?.severity == .error)
        let noiseAUC = try ClassificationMetrics.rocAUC(
            labels: [0, 0, 0, 0, 0, 1, 1, 1, 1, 1], scores: [3, 1, 4, 1, 5, 9, 2, 6, 5, 3])
        #expect(noiseAUC < 0.99 && noiseAUC > 0.01)
    }

    @Test func linearFeatureOfARegressionTargetLeaks() throws {
        let x: [Double] = [1, 2, 3, 4, 5, 6, 7, 8]
        let table = try Table(columns: [
            Column(name: "double", numbers: x.map { 2 * $0 + 1 }),
            Column(name: "other", numbers: [5, 3, 8, 1, 9, 2, 7, 4]),
            Column(name: "y", numbers: x.map { $0 + 0.5 }),
        ])
        let report = try DataCheck.run(train: table, target: "y")
        let leaks = report.findings(.targetLeakage)
        #expect(leaks.map(\.columns) == [["double"]])
        let r = try #require(leaks.first?.evidence.numbers["pearson"])
        #expect(abs(r - 1) < 1e-12)
    }

    @Test func categoricalFeatureWithPureCategoriesLeaks() throws {
        let labels = (0..<30).map { $0 % 3 == 0 ? "yes" : "no" }
        let code = labels.map { $0 == "yes" ? "Y" : "N" }
        let id = (0..<30).map { "id\($0)" }  // unique: no category has support, never flagged
        let table = try Table(columns: [
            Column(name: "code", categories: code), Column(name: "id", categories: id),
            Column(name: "y", categories: labels),
        ])
        let report = try DataCheck.run(train: table, target: "y")
        let leaks = report.findings(.targetLeakage)
        #expect(leaks.map(\.columns) == [["code"]])
        #expect(leaks.first?.evidence.numbers["purity"] == 1)
        #expect(leaks.first?.evidence.numbers["categories"] == 2)
    }

    @Test func imbalanceGivesSharesRatioAndBalancedWeights() throws {
        let labels = Array(repeating: "major", count: 8) + ["minor", "minor"]
        let table = try Table(columns: [
            Column(name: "x", numbers: [3, 1, 4, 1, 5, 9, 2, 6, 5, 3]), Column(name: "y", categories: labels),
        ])
        let finding = try #require(try DataCheck.run(train: table, target: "y").findings(.classImbalance).first)
        #expect(finding.severity == .warning)  // ratio 4 ≥ 3
        let numbers = finding.evidence.numbers
        #expect(numbers["ratio"] == 4)
        #expect(numbers["share.major"] == 0.8 && numbers["share.minor"] == 0.2)
        // sklearn compute_class_weight("balanced"): n_samples / (n_classes * count)
        #expect(numbers["weight.major"] == 10.0 / (2 * 8))
        #expect(numbers["weight.minor"] == 10.0 / (2 * 2))
        #expect(finding.fix.contains("stratif"))
    }

    @Test func balancedClassesAreInfoOnly() throws {
        let table = try Table(columns: [
            Column(name: "x", numbers: [3, 1, 4, 1, 5, 9, 2, 6, 5, 3]), Column(name: "y", categories: Self.binary),
        ])
        let finding = try #require(try DataCheck.run(train: table, target: "y").findings(.classImbalance).first)
        #expect(finding.severity == .info)
        #expect(finding.evidence.numbers["ratio"] == 1)
    }

    @Test func regressionTargetHasNoImbalanceFinding() throws {
        let table = try Table(columns: [
            Column(name: "x", numbers: [5, 3, 8, 1]), Column(name: "y", numbers: [0.5, 1.5, 2.25, 3.75]),
        ])
        #expect(try DataCheck.run(train: table, target: "y").findings(.classImbalance).isEmpty)
    }
}
