import Evaluation
import Testing

@testable import Quality

/// Confident learning edge cases and its NumPy-compatible building blocks.
struct ConfidentLearningTests {
    @Test func mismatchedInputsAreRejected() throws {
        let probabilities = try ClassProbabilities(rows: [[0.9, 0.1], [0.2, 0.8], [0.6, 0.4]])
        #expect(throws: QualityError.self) {
            try ConfidentLearning.findLabelIssues(labels: [0, 1], probabilities: probabilities)
        }
        #expect(throws: QualityError.self) {
            try ConfidentLearning.findLabelIssues(labels: [0, 1, 2], probabilities: probabilities)
        }
        #expect(throws: QualityError.self) {
            try ConfidentLearning.findLabelIssues(labels: [1, 1, 1], probabilities: probabilities)
        }
        var options = LabelIssueOptions()
        options.noiseFraction = 2
        #expect(throws: QualityError.self) {
            try ConfidentLearning.findLabelIssues(labels: [0, 1, 0], probabilities: probabilities, options: options)
        }
    }

    @Test func cleanLabelsGiveNoIssues() throws {
        let probabilities = try ClassProbabilities(rows: [[0.9, 0.1], [0.8, 0.2], [0.3, 0.7], [0.1, 0.9]])
        let issues = try ConfidentLearning.findLabelIssues(labels: [0, 0, 1, 1], probabilities: probabilities)
        #expect(issues.count == 0 && issues.mask == [false, false, false, false])
        #expect(issues.confidentJoint.flatMap { $0 }.reduce(0, +) == 4)
    }

    @Test func pairwiseSumEqualsNaiveSumForSmallExactInputs() {
        let values = (0..<300).map { Double($0) * 0.25 }
        #expect(PairwiseSum.sum(values) == values.reduce(0, +))  // exact in binary: order does not matter
        #expect(PairwiseSum.sum([]) == 0)
    }

    @Test func pairwiseSumFollowsNumPysBlockOrder() {
        // 1e16 + 1 loses the 1 in sequential order but NumPy's eight accumulators keep the ones together.
        var values = [1e16] + Array(repeating: 1.0, count: 15)
        values[8] = 1
        let sequential = values.reduce(0, +)
        let blocked =
            ((values[0] + values[8]) + (values[1] + values[9])) + ((values[2] + values[10]) + (values[3] + values[11]))
            + (((values[4] + values[12]) + (values[5] + values[13]))
                + ((values[6] + values[14]) + (values[7] + values[15])))
        #expect(PairwiseSum.sum(values) == blocked)
        #expect(sequential != blocked)
    }

    @Test func roundingPreservesTheRowTotal() {
        // Values from cleanlab.internal.util.round_preserving_sum: half to even gives 4 (or 0); the later of
        // tied remainders moves up (cleanlab reverses an ascending argsort).
        #expect(RoundPreservingSum.round([2.5, 2.5]) == [2, 3])
        #expect(RoundPreservingSum.round([0.4, 0.4, 0.2]) == [0, 1, 0])
        // Moving down, the earlier of tied remainders goes first here (a stable sort); cleanlab's order for such
        // ties depends on NumPy's CPU-specific unstable argsort, which is why the parity fixtures avoid them.
        #expect(RoundPreservingSum.round([6.625, 3.3125, 5.5, 5.5, 32.0625]) == [7, 3, 5, 6, 32])
    }

    @Test func keepAtLeastRaisesTheDiagonalEvenly() {
        // Column 0 has diagonal 1 and two non-zero off-diagonal cells: raising it to 3 takes 2/2 = 1 from each.
        let kept = ConfidentLearning.keepAtLeast([[1, 0, 0], [4, 5, 0], [2, 0, 6]], minimum: 3, fraction: 1)
        #expect(kept == [[3, 0, 0], [3, 5, 0], [1, 0, 6]])
        let halved = ConfidentLearning.keepAtLeast([[5, 1], [4, 5]], minimum: 1, fraction: 0.5)
        #expect(halved == [[7, 0], [2, 5]])  // off-diagonal 1→0.5→0 (truncated), 4→2; diagonals absorb the rest
    }

    @Test func rankingScoresFollowTheirDefinitions() {
        let p = [0.7, 0.2, 0.1, 0.1, 0.3, 0.6]
        #expect(
            LabelQualityScore.selfConfidence.scores(labels: [1, 2], probabilities: p, classCount: 3) == [0.2, 0.6])
        let margin = LabelQualityScore.normalizedMargin.scores(labels: [1, 2], probabilities: p, classCount: 3)
        #expect(margin == [(0.2 - 0.7 + 1) / 2, (0.6 - 0.3 + 1) / 2])
    }
}
