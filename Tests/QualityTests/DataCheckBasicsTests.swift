import Datasets
import Foundation
import Testing

@testable import Quality

/// Missing values, constant columns, entry-point validation and report encoding.
struct DataCheckBasicsTests {
    static func numbers(_ name: String, _ values: [Double]) -> Column { Column(name: name, numbers: values) }
    static func labels(_ values: [String?], name: String = "y") -> Column { Column(name: name, categories: values) }

    @Test func emptyTableIsAClearError() throws {
        let empty = try Table(columns: [Self.numbers("x", []), Self.labels([])])
        #expect(
            throws: QualityError(
                .emptyTable, "the training table has no rows (2 columns); check the file and its header")
        ) {
            try DataCheck.run(train: empty, target: "y")
        }
    }

    @Test func unknownTargetNamesTheColumns() throws {
        let table = try Table(columns: [Self.numbers("x", [1, 2])])
        do {
            _ = try DataCheck.run(train: table, target: "label")
            Issue.record("expected an error")
        } catch let error as QualityError {
            #expect(error.code == .missingColumn)
            #expect(error.message.contains("'label'") && error.message.contains("x"))
        }
    }

    @Test func badThresholdIsRejected() throws {
        let table = try Table(columns: [Self.numbers("x", [1, 2]), Self.labels(["a", "b"])])
        var options = DataCheckOptions()
        options.missingErrorShare = 1.5
        #expect(throws: QualityError.self) { try DataCheck.run(train: table, target: "y", options: options) }
    }

    @Test func oneRowRunsAndReportsTheSingleClass() throws {
        let table = try Table(columns: [Self.numbers("x", [3]), Self.labels(["a"])])
        let report = try DataCheck.run(train: table, target: "y")
        let imbalance = report.findings(.classImbalance)
        #expect(imbalance.count == 1 && imbalance.first?.severity == .error)
        #expect(report.hasErrors)
    }

    @Test func missingSharesFollowTheDocumentedThresholds() throws {
        let n = Double.nan
        let table = try Table(columns: [
            Self.numbers("few", [n, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]),
            Self.numbers("some", [n, n, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]),
            Self.numbers("most", [n, n, n, n, n, n, n, n, n, n, n, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]),
            Self.numbers("none", Array(repeating: n, count: 21)),
            Self.labels((0..<21).map { $0 == 0 ? nil : ($0 % 2 == 0 ? "a" : "b") }),
        ])
        let report = try DataCheck.run(train: table, target: "y")
        let missing = Dictionary(uniqueKeysWithValues: report.findings(.missingValues).map { ($0.columns[0], $0) })
        #expect(missing["few"] == nil)  // 1/21 = 4.8% ≤ 5%
        #expect(missing["some"]?.severity == .warning)  // 2/21 = 9.5%
        #expect(missing["some"]?.evidence.numbers["share"] == 2.0 / 21.0)
        #expect(missing["some"]?.evidence.rows == [0, 1])
        #expect(missing["most"]?.severity == .error)  // 11/21 > 50%
        #expect(missing["none"]?.severity == .error)
        #expect(missing["none"]?.fix.contains("drop the column") == true)
        #expect(missing["y"]?.severity == .error)  // any missing target
        // An all-missing column is reported once, as missing, not also as constant.
        #expect(report.findings(.constantColumn).isEmpty)
    }

    @Test func constantColumnIgnoresMissingValues() throws {
        let table = try Table(columns: [
            Self.numbers("c", [7, 7, .nan, 7]), Self.numbers("x", [1, 2, 3, 4]), Self.labels(["a", "b", "a", "b"]),
        ])
        let report = try DataCheck.run(train: table, target: "y")
        #expect(report.findings(.constantColumn).map(\.columns) == [["c"]])
        #expect(report.findings(.constantColumn).first?.evidence.values == ["7"])
    }

    @Test func ignoredColumnsAreSkipped() throws {
        let table = try Table(columns: [Self.numbers("id", [1, 1, 1, 1]), Self.labels(["a", "b", "a", "b"])])
        var options = DataCheckOptions()
        options.ignoredColumns = ["id"]
        #expect(try DataCheck.run(train: table, target: "y", options: options).findings(.constantColumn).isEmpty)
    }

    @Test func reportRoundTripsThroughJSONWithStableCodes() throws {
        let table = try Table(columns: [Self.numbers("c", [1, 1, 1, 1]), Self.labels(["a", "b", "a", nil])])
        let report = try DataCheck.run(train: table, target: "y")
        let data = try report.json()
        #expect(try JSONDecoder().decode(QualityReport.self, from: data) == report)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"code\" : \"missing-values\"") && text.contains("\"severity\" : \"error\""))
        #expect(report.findings.first?.severity == .error)  // most severe first
        #expect(report.text.contains("ERROR missing-values [y]"))
    }
}
