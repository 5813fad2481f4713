import Datasets
import Testing

@testable import Quality

/// Duplicate rows, conflicting labels and train/test overlap, after normalisation.
struct DataCheckRowsTests {
    @Test func duplicatesAreFoundAfterTrimmingAndCanonicalNumbers() throws {
        let table = try Table(columns: [
            Column(name: "x", numbers: [1, 2, 1, -0.0, 0, 3]),
            Column(name: "c", categories: ["a", "b", " a ", "z", "z", "q"]),
            Column(name: "y", categories: ["p", "q", "p", "p", "p", "q"]),
        ])
        let report = try DataCheck.run(train: table, target: "y")
        let duplicates = try #require(report.findings(.duplicateRows).first)
        #expect(duplicates.evidence.numbers["duplicates"] == 2)  // row 2 repeats 0, row 4 repeats 3
        #expect(duplicates.evidence.numbers["groups"] == 2)
        #expect(duplicates.evidence.rows == [0, 2, 3, 4])
        #expect(report.findings(.conflictingLabels).isEmpty)
    }

    @Test func missingValuesCompareEqualInDuplicates() throws {
        let table = try Table(columns: [
            Column(name: "x", numbers: [.nan, .nan, 1]), Column(name: "y", categories: ["a", "a", "b"]),
        ])
        let report = try DataCheck.run(train: table, target: "y")
        #expect(report.findings(.duplicateRows).first?.evidence.numbers["duplicates"] == 1)
    }

    @Test func conflictingLabelsShareFeaturesButNotTheTarget() throws {
        let table = try Table(columns: [
            Column(name: "x", numbers: [1, 1, 2, 2, 3]),
            Column(name: "c", categories: ["u", "u ", "v", "v", "w"]),
            Column(name: "y", categories: ["a", "b", "a", "a", "b"]),
        ])
        let report = try DataCheck.run(train: table, target: "y")
        let conflict = try #require(report.findings(.conflictingLabels).first)
        #expect(conflict.evidence.numbers["groups"] == 1)
        #expect(conflict.evidence.numbers["rows"] == 2)
        #expect(conflict.evidence.rows == [0, 1])
        #expect(conflict.evidence.values == ["a", "b"])
        // Rows 2 and 3 are full duplicates, not a conflict.
        #expect(report.findings(.duplicateRows).first?.evidence.rows == [2, 3])
    }

    @Test func testRowsSeenInTrainingAreLeakage() throws {
        let train = try Table(columns: [
            Column(name: "x", numbers: [1, 2, 3, 4]), Column(name: "y", categories: ["a", "b", "a", "b"]),
        ])
        // Test reads x as text (a stray token elsewhere would do this) and pads a category with spaces.
        let test = try Table(columns: [
            Column(name: "x", categories: ["2", "9", "4.0", "5"]),
            Column(name: "y", categories: ["b ", "a", "b", "a"]),
        ])
        let report = try DataCheck.run(train: train, target: "y", test: test)
        let overlap = try #require(report.findings(.trainTestOverlap).first)
        #expect(overlap.table == "test")
        #expect(overlap.evidence.rows == [0, 2])
        #expect(overlap.evidence.numbers["share"] == 0.5)
        #expect(overlap.severity == .error)  // 50% ≥ 1%
    }

    @Test func rareOverlapIsAWarning() throws {
        let xs = (0..<200).map(Double.init)
        let train = try Table(columns: [
            Column(name: "x", numbers: xs), Column(name: "y", numbers: xs.map { $0 * 0.5 }),
        ])
        let test = try Table(columns: [
            Column(name: "x", numbers: [5] + (1000..<1199).map(Double.init)),
            Column(name: "y", numbers: [2.5] + (1000..<1199).map { Double($0) }),
        ])
        let report = try DataCheck.run(train: train, target: "y", test: test)
        let overlap = try #require(report.findings(.trainTestOverlap).first)
        #expect(overlap.severity == .warning)  // 1/200 = 0.5% < 1%
        #expect(overlap.evidence.rows == [0])
    }
}
