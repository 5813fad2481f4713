import Foundation
import Testing

@testable import Datasets

/// The sklearn reference written by scripts/fixtures/datasets_encoders.py.
struct EncoderFixture: Decodable {
    let numeric: [String]
    let categorical: [String]
    let train: [String: [JSONValue]]
    let test: [String: [JSONValue]]
    let expectedTrain: [String: [Double]]
    let expectedTest: [String: [Double]]
    let means: [String: Double]
    let scales: [String: Double]
    let classes: [String]
    let trainClassIndices: [Int]
    let testClassIndices: [Int]

    enum CodingKeys: String, CodingKey {
        case numeric, categorical, train, test, means, scales, classes
        case expectedTrain = "expected_train"
        case expectedTest = "expected_test"
        case trainClassIndices = "train_class_indices"
        case testClassIndices = "test_class_indices"
    }

    enum JSONValue: Decodable {
        case number(Double)
        case text(String)
        case null
        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .null
            } else if let number = try? container.decode(Double.self) {
                self = .number(number)
            } else {
                self = .text(try container.decode(String.self))
            }
        }
    }

    static func load() throws -> EncoderFixture {
        try JSONDecoder().decode(
            EncoderFixture.self, from: Data(contentsOf: TestFiles.fixture("datasets_encoders.json")))
    }

    func table(_ columns: [String: [JSONValue]]) throws -> Table {
        try Table(
            columns: (numeric + categorical + ["label"]).map { name in
                let values = columns[name]!
                if numeric.contains(name) {
                    return Column(name: name, numbers: values.map { if case .number(let v) = $0 { v } else { .nan } })
                }
                return Column(name: name, categories: values.map { if case .text(let t) = $0 { t } else { nil } })
            })
    }
}

@Suite("Feature and target encoders")
struct FeatureEncoderTests {
    @Test("standardisation, imputation, indicators and one-hot match sklearn on train and test rows")
    func matchesSklearn() throws {
        let fixture = try EncoderFixture.load()
        let train = try fixture.table(fixture.train)
        let encoder = try FeatureEncoder.fit(train, target: "label")
        #expect(encoder.inputColumns == fixture.numeric + fixture.categorical)
        #expect(Set(encoder.outputColumns) == Set(fixture.expectedTrain.keys))
        for (rows, expected) in [
            (train, fixture.expectedTrain), (try fixture.table(fixture.test), fixture.expectedTest),
        ] {
            let encoded = try encoder.transform(rows)
            for (name, reference) in expected {
                let values = try #require(encoded.column(named: name), "\(name)")
                for (value, want) in zip(values, reference) {
                    #expect(abs(Double(value) - want) <= 1e-5 * max(1, abs(want)), "\(name)")
                }
            }
        }
        for encoding in encoder.encodings {
            if case .standardized(_, let mean, let scale) = encoding.transform {
                #expect(abs(mean - fixture.means[encoding.name]!) <= 1e-9 * max(1, abs(mean)))
                #expect(abs(scale - fixture.scales[encoding.name]!) <= 1e-9 * max(1, scale))
            }
        }
    }

    @Test("the encoder round-trips through JSON and transforms identically")
    func codable() throws {
        let fixture = try EncoderFixture.load()
        let train = try fixture.table(fixture.train)
        let encoder = try FeatureEncoder.fit(train, target: "label")
        let decoded = try JSONDecoder().decode(FeatureEncoder.self, from: JSONEncoder().encode(encoder))
        #expect(decoded == encoder)
        #expect(try decoded.transform(train) == encoder.transform(train))
    }

    @Test("unknown column, missing column and wrong type are clear errors")
    func schemaErrors() throws {
        let train = try Table(columns: [
            Column(name: "x", numbers: [1, 2, 3]), Column(name: "c", categories: ["a", "b", "a"]),
        ])
        let encoder = try FeatureEncoder.fit(train)
        let extra = try Table(columns: train.columns + [Column(name: "id", numbers: [1, 2, 3])])
        #expect(throws: DatasetError.self) { try encoder.transform(extra) }
        #expect(try encoder.transform(extra, unknownColumns: .ignore).columnCount == 4)
        let missing = try train.selecting(["c"])
        do {
            _ = try encoder.transform(missing)
            Issue.record("expected an error")
        } catch let error as DatasetError {
            #expect(error.code == .missingColumn)
            #expect(error.message.contains("'x'"))
        }
        let wrong = try Table(columns: [Column(name: "x", categories: ["a", "b", "c"]), train.columns[1]])
        #expect(throws: DatasetError.self) { try encoder.transform(wrong) }
    }

    @Test("edge cases: one row, zero variance, all missing, booleans pass through, categorical numbers")
    func edgeCases() throws {
        let table = try Table(columns: [
            Column(name: "x", numbers: [5]), Column(name: "gone", numbers: [.nan]),
            Column(name: "flag", type: .boolean, numbers: [1]), Column(name: "c", categories: ["7"]),
        ])
        let encoder = try FeatureEncoder.fit(table)
        let encoded = try encoder.transform(table)
        #expect(encoded.columnNames == ["x", "gone", "gone_missing", "flag", "c=7", "c=<unknown>"])
        #expect(encoded.values == [0, 0, 1, 1, 1, 0])
        // A categorical feature read as numbers at prediction time is matched by its text.
        let numeric = try Table(columns: [
            Column(name: "x", numbers: [5]), Column(name: "gone", numbers: [1]),
            Column(name: "flag", type: .boolean, numbers: [0]), Column(name: "c", type: .integer, numbers: [7]),
        ])
        #expect(try encoder.transform(numeric).values == [0, 1, 0, 0, 1, 0])
        let empty = try encoder.transform(table.taking([]))
        #expect(empty.rowCount == 0 && empty.values.isEmpty)
    }

    @Test("target classes and indices match sklearn's LabelEncoder; task inference matches type_of_target")
    func target() throws {
        let fixture = try EncoderFixture.load()
        let train = try fixture.table(fixture.train)
        let encoder = try TargetEncoder.fit(train, target: "label")
        #expect(encoder.task == .multiclass)
        #expect(encoder.classes == fixture.classes)
        #expect(try encoder.classIndices(train) == fixture.trainClassIndices)
        #expect(try encoder.classIndices(fixture.table(fixture.test)) == fixture.testClassIndices)
        func task(_ column: Column) throws -> PredictionTask {
            try TargetEncoder.fit(Table(columns: [column]), target: column.name).task
        }
        #expect(try task(Column(name: "y", type: .integer, numbers: [0, 1, 1, 0])) == .binary)
        #expect(try task(Column(name: "y", type: .integer, numbers: [3, 1, 2, 3])) == .multiclass)
        #expect(try task(Column(name: "y", numbers: [0.5, 1.25, 3])) == .regression)
        #expect(try task(Column(name: "y", type: .boolean, numbers: [0, 1])) == .binary)
        let numeric = try TargetEncoder.fit(
            Table(columns: [Column(name: "y", type: .integer, numbers: [10, 2, 2])]), target: "y")
        #expect(numeric.classes == ["2", "10"])
    }

    @Test("target errors: missing value, unseen class, text regression")
    func targetErrors() throws {
        let table = try Table(columns: [Column(name: "y", categories: ["a", nil, "b"])])
        #expect(throws: DatasetError.self) { try TargetEncoder.fit(table, target: "y") }
        let clean = try table.droppingMissing(in: "y")
        let encoder = try TargetEncoder.fit(clean, target: "y")
        #expect(throws: DatasetError.self) {
            try encoder.classIndices(Table(columns: [Column(name: "y", categories: ["c"])]))
        }
        #expect(throws: DatasetError.self) { try TargetEncoder.fit(clean, target: "y", task: .regression) }
        #expect(
            try TargetEncoder.fit(Table(columns: [Column(name: "v", numbers: [1.5, 2])]), target: "v")
                .values(Table(columns: [Column(name: "v", numbers: [4.25])])) == [4.25])
    }
}
