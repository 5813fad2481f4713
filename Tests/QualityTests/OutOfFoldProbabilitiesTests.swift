import Datasets
import Evaluation
import Testing

@testable import Quality

/// Out-of-fold probabilities: fold bookkeeping, the built-in softmax regression, and the label-issue finding.
struct OutOfFoldProbabilitiesTests {
    @Test func eachRowGetsTheProbabilitiesOfTheFoldThatHeldItOut() throws {
        let labels = (0..<20).map { $0 % 2 }
        let probabilities = try OutOfFoldProbabilities.compute(labels: labels, classCount: 2, folds: 4, seed: 7) {
            split in
            let trained = Set(split.train)
            #expect(split.test.allSatisfy { !trained.contains($0) })
            return try ClassProbabilities(positiveProbabilities: split.test.map { Double($0) / 100 })
        }
        #expect(probabilities.column(1) == (0..<20).map { Double($0) / 100 })
    }

    @Test func wrongShapeFromAFoldIsAnError() throws {
        #expect(throws: QualityError.self) {
            try OutOfFoldProbabilities.compute(labels: [0, 1, 0, 1], classCount: 2, folds: 2) { _ in
                try ClassProbabilities(positiveProbabilities: [0.5])
            }
        }
        #expect(throws: QualityError.self) {
            try OutOfFoldProbabilities.compute(labels: [0, 1], classCount: 2, folds: 5) { _ in
                try ClassProbabilities(positiveProbabilities: [0.5])
            }
        }
    }

    /// Two well-separated blobs with three labels flipped.
    static func blobs() throws -> (table: Table, flipped: [Int]) {
        var generator = SeededGenerator(seed: 11)
        var x1: [Double] = []
        var x2: [Double] = []
        var labels: [String] = []
        for row in 0..<80 {
            let positive = row % 2 == 1
            x1.append((positive ? 2 : -2) + generator.normal() * 0.6)
            x2.append((positive ? 1 : -1) + generator.normal() * 0.6)
            labels.append(positive ? "pos" : "neg")
        }
        let flipped = [4, 17, 50]
        for row in flipped { labels[row] = labels[row] == "pos" ? "neg" : "pos" }
        let table = try Table(columns: [
            Column(name: "x1", numbers: x1), Column(name: "x2", numbers: x2), Column(name: "y", categories: labels),
        ])
        return (table, flipped)
    }

    @Test func softmaxRegressionOutOfFoldFindsFlippedLabels() throws {
        let (table, flipped) = try Self.blobs()
        let settings = SoftmaxRegressionSettings()
        let result = try OutOfFoldProbabilities.softmaxRegression(
            table: table, target: "y", folds: 4, seed: 3, settings: settings)
        #expect(result.classes == ["neg", "pos"])
        let again = try OutOfFoldProbabilities.softmaxRegression(
            table: table, target: "y", folds: 4, seed: 3, settings: settings)
        #expect(again.probabilities == result.probabilities)  // seeded
        let issues = try ConfidentLearning.findLabelIssues(labels: result.labels, probabilities: result.probabilities)
        #expect(Set(flipped).isSubset(of: Set(issues.rankedIndices)))
        #expect(issues.count <= 6)
    }

    @Test func dataCheckReportsLabelIssuesFromGivenProbabilities() throws {
        let (table, flipped) = try Self.blobs()
        let settings = SoftmaxRegressionSettings()
        let result = try OutOfFoldProbabilities.softmaxRegression(
            table: table, target: "y", folds: 4, seed: 3, settings: settings)
        var options = DataCheckOptions()
        options.outOfFoldProbabilities = result.probabilities
        let report = try DataCheck.run(train: table, target: "y", options: options)
        let finding = try #require(report.findings(.labelIssues).first)
        #expect(Set(flipped).isSubset(of: Set(finding.evidence.rows)))
        #expect(finding.severity == .warning)
    }

    @Test func regressionTargetIsRejected() throws {
        let table = try Table(columns: [
            Column(name: "x", numbers: [1, 2, 3, 4]), Column(name: "y", numbers: [0.5, 1.5, 2.5, 3.25]),
        ])
        #expect(throws: QualityError.self) { try OutOfFoldProbabilities.softmaxRegression(table: table, target: "y") }
    }
}
