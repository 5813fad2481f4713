import Evaluation
import Foundation
import Testing

@testable import Quality

/// Parity with cleanlab's `filter.find_label_issues` (fixtures from scripts/fixtures/quality_cleanlab.py).
struct ConfidentLearningParityTests {
    struct Fixture: Decodable {
        struct Result: Decodable {
            let filter: String
            let issues: [Int]
            let ranked_self_confidence: [Int]
            let ranked_normalized_margin: [Int]
        }
        struct Case: Decodable, CustomTestStringConvertible {
            let name: String
            let classes: Int
            let min_examples_per_class: Int
            let frac_noise: Double
            let labels: [Int]
            let probabilities: [[Double]]
            let thresholds: [Double]
            let confident_joint: [[Int]]
            let results: [Result]
            var testDescription: String { name }
        }
        let cases: [Case]
    }

    static let cases: [Fixture.Case] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/quality_cleanlab.json")
        guard let data = try? Data(contentsOf: url),
            let fixture = try? JSONDecoder().decode(Fixture.self, from: data)
        else { return [] }
        return fixture.cases
    }()

    @Test func fixturesLoad() {
        #expect(Self.cases.count == 8)
    }

    @Test(arguments: cases)
    func thresholdsAndConfidentJointMatchCleanlab(_ fixture: Fixture.Case) throws {
        let probabilities = try ClassProbabilities(rows: fixture.probabilities)
        let issues = try ConfidentLearning.findLabelIssues(labels: fixture.labels, probabilities: probabilities)
        #expect(issues.thresholds.count == fixture.thresholds.count)
        for (mine, theirs) in zip(issues.thresholds, fixture.thresholds) {
            #expect(abs(mine - theirs) <= 1e-15 * max(1, abs(theirs)))
        }
        #expect(issues.confidentJoint == fixture.confident_joint)
    }

    @Test(arguments: cases)
    func flaggedSetsAndRankingsMatchCleanlab(_ fixture: Fixture.Case) throws {
        let probabilities = try ClassProbabilities(rows: fixture.probabilities)
        for result in fixture.results {
            let filter = try #require(LabelIssueFilter(rawValue: result.filter))
            for (score, expected) in [
                (LabelQualityScore.selfConfidence, result.ranked_self_confidence),
                (.normalizedMargin, result.ranked_normalized_margin),
            ] {
                var options = LabelIssueOptions(filter: filter, rankBy: score)
                if filter == .pruneByNoiseRate || filter == .pruneByClass || filter == .both {
                    options.minimumExamplesPerClass = fixture.min_examples_per_class
                    options.noiseFraction = fixture.frac_noise
                }
                let issues = try ConfidentLearning.findLabelIssues(
                    labels: fixture.labels, probabilities: probabilities, options: options)
                let flagged = issues.mask.indices.filter { issues.mask[$0] }
                #expect(flagged == result.issues, "\(fixture.name) \(result.filter) mask")
                #expect(issues.rankedIndices == expected, "\(fixture.name) \(result.filter) \(score.rawValue)")
            }
        }
    }
}
