import Datasets
import Testing

@testable import Quality

/// Robust z-scores (Iglewicz–Hoaglin) and the outlier check.
struct OutlierTests {
    @Test func robustZScoreUsesMedianAndMAD() throws {
        // median 3; absolute deviations 2,1,0,1,97 → MAD 1
        let robust = try #require(RobustZScore([1, 2, 3, 4, 100]))
        #expect(robust.median == 3 && robust.mad == 1)
        #expect(robust.score(100) == 0.6745 * 97)
        #expect(robust.score(3) == 0)
    }

    @Test func evenCountMedianAveragesTheMiddle() throws {
        let robust = try #require(RobustZScore([1, 2, 4, 10, .nan]))
        #expect(robust.median == 3)
        #expect(robust.mad == 1.5)  // deviations 2, 1, 1, 7 → (1 + 2) / 2
    }

    @Test func zeroMADOrNoValuesHasNoScore() {
        #expect(RobustZScore([5, 5, 5, 9]) == nil)
        #expect(RobustZScore([.nan, .nan]) == nil)
        #expect(RobustZScore([]) == nil)
    }

    @Test func outliersAreFlaggedAboveThreeAndAHalf() throws {
        let values: [Double] = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 200, 14.5]
        let table = try Table(columns: [
            Column(name: "x", numbers: values),
            Column(name: "flag", type: .boolean, numbers: values.map { $0 > 15 ? 1 : 0 }),
            Column(name: "y", categories: values.map { $0 > 14 ? "a" : "b" }),
        ])
        let report = try DataCheck.run(train: table, target: "y")
        let outliers = report.findings(.outliers)
        #expect(outliers.map(\.columns) == [["x"]])  // booleans are not scored
        let finding = try #require(outliers.first)
        #expect(finding.evidence.rows == [11])
        #expect(finding.evidence.values == ["200"])
        let robust = try #require(RobustZScore(values))
        #expect(finding.evidence.numbers["maxScore"] == abs(robust.score(200)))
        #expect(finding.severity == .warning)  // 1/13 ≥ 1%
    }
}
