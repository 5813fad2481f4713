import Datasets
import Foundation
import Testing

@testable import Quality

/// Declared and inferred schemas: types, nullability, ranges, new categories.
struct SchemaTests {
    static let train = {
        try! Table(columns: [
            Column(name: "age", type: .integer, numbers: [20, 35, 50, 41]),
            Column(name: "color", categories: ["red", "green", "red", "blue"]),
            Column(name: "y", categories: ["a", "b", "a", "b"]),
        ])
    }()

    @Test func schemaDecodesWithDefaultsAndRoundTrips() throws {
        let json = """
            {"columns": [{"name": "age", "type": "integer", "minimum": 0, "maximum": 120, "nullable": false},
                         {"name": "color", "type": "categorical", "categories": ["red", "green"]},
                         {"name": "y", "type": "categorical"}]}
            """
        let schema = try Schema.decode(Data(json.utf8))
        #expect(schema["age"] == SchemaColumn(name: "age", type: .integer, nullable: false, minimum: 0, maximum: 120))
        #expect(schema["y"]?.nullable == true)
        #expect(try Schema.decode(try schema.encoded()) == schema)
    }

    @Test func contradictorySchemasAreRejected() {
        let bad = [
            #"{"columns": [{"name": "a", "type": "number", "minimum": 5, "maximum": 1}]}"#,
            #"{"columns": [{"name": "a", "type": "number"}, {"name": "a", "type": "integer"}]}"#,
            #"{"columns": [{"name": "a", "type": "categorical", "minimum": 0}]}"#,
            #"{"columns": [{"name": "a", "type": "number", "categories": ["x"]}]}"#,
            #"{"columns": [{"name": "a", "type": "text"}]}"#,
        ]
        for json in bad {
            #expect(throws: QualityError.self) { try Schema.decode(Data(json.utf8)) }
        }
    }

    @Test func inferredSchemaRecordsTypesRangesAndCategories() {
        let schema = Schema.inferred(from: Self.train)
        #expect(schema["age"] == SchemaColumn(name: "age", type: .integer, nullable: false, minimum: 20, maximum: 50))
        #expect(schema["color"]?.categories == ["red", "green", "blue"])
    }

    @Test func declaredSchemaViolationsAreErrors() throws {
        let schema = try Schema(columns: [
            SchemaColumn(name: "age", type: .integer, nullable: false, minimum: 0, maximum: 40),
            SchemaColumn(name: "color", type: .categorical, categories: ["red", "green"]),
            SchemaColumn(name: "height", type: .number),
            SchemaColumn(name: "y", type: .categorical),
        ])
        let report = try DataCheck.run(train: Self.train, target: "y", schema: schema)
        let range = try #require(report.findings(.schemaRange).first)
        #expect(range.severity == .error && range.evidence.rows == [2, 3] && range.evidence.values == ["50", "41"])
        let category = try #require(report.findings(.newCategory).first)
        #expect(category.severity == .error && category.evidence.values == ["blue"] && category.evidence.rows == [3])
        let types = report.findings(.schemaType)
        #expect(types.map(\.columns) == [["height"]])
        #expect(types.first?.severity == .error)
    }

    @Test func testTableIsCheckedAgainstTheTrainingData() throws {
        let test = try Table(columns: [
            Column(name: "age", type: .number, numbers: [30, 70.5, .nan]),
            Column(name: "color", categories: ["red", "purple", "purple"]),
            Column(name: "y", categories: ["a", "b", "a"]),
            Column(name: "extra", numbers: [1, 2, 3]),
        ])
        let report = try DataCheck.run(train: Self.train, target: "y", test: test)
        let testFindings = report.findings.filter { $0.table == "test" }
        let byCode = Dictionary(grouping: testFindings, by: \.code)
        // integer in training, fractional numbers in test: a warning, and range/nullability are not checked.
        #expect(byCode[.schemaType]?.first { $0.columns == ["age"] }?.severity == .warning)
        #expect(byCode[.newCategory]?.first?.severity == .warning)
        #expect(byCode[.newCategory]?.first?.evidence.values == ["purple"])
        #expect(byCode[.newCategory]?.first?.evidence.numbers["rows"] == 2)
        #expect(byCode[.schemaType]?.first { $0.columns == ["extra"] }?.severity == .info)
    }

    @Test func textWhereNumbersWereIsAnErrorWithExamples() throws {
        let test = try Table(columns: [
            Column(name: "age", categories: ["30", "forty", " 25 "]),
            Column(name: "color", categories: ["red", "red", "red"]),
            Column(name: "y", categories: ["a", "b", "a"]),
        ])
        let report = try DataCheck.run(train: Self.train, target: "y", test: test)
        let finding = try #require(report.findings(.schemaType).first { $0.columns == ["age"] })
        #expect(finding.severity == .error)
        #expect(finding.evidence.values == ["forty"])
    }

    @Test func rangeAndNullabilityOfTheTestTableAreWarnings() throws {
        let test = try Table(columns: [
            Column(name: "age", type: .integer, numbers: [10, 30, .nan]),
            Column(name: "color", categories: ["red", "red", "blue"]),
            Column(name: "y", categories: ["a", "b", "a"]),
        ])
        let report = try DataCheck.run(train: Self.train, target: "y", test: test)
        #expect(report.findings(.schemaRange).first?.severity == .warning)
        #expect(report.findings(.schemaRange).first?.evidence.rows == [0])
        #expect(report.findings(.schemaNullable).first?.severity == .warning)
        #expect(report.findings(.schemaNullable).first?.evidence.rows == [2])
    }

    @Test func absentColumnIsAnError() throws {
        let test = try Table(columns: [
            Column(name: "age", type: .integer, numbers: [30]), Column(name: "y", categories: ["a"]),
        ])
        let report = try DataCheck.run(train: Self.train, target: "y", test: test)
        let absent = report.findings(.schemaType).filter { $0.columns == ["color"] }
        #expect(absent.count == 1 && absent.first?.severity == .error)
    }
}
