import Testing

@testable import Datasets

@Suite("Tables from records")
struct TableRecordsTests {
    @Test("records become typed columns; absent keys are missing; mixed values are categorical")
    func records() throws {
        let table = try Table(records: [
            ["age": .number(30), "city": .category("Paris"), "id": .number(1)],
            ["age": .number(41.5), "id": .category("b7")],
        ])
        #expect(table.columnNames == ["age", "city", "id"])
        #expect(table["age"]?.type == .number)
        #expect(table["city"]?.isMissing(1) == true)
        #expect(table["id"]?.levels == ["1", "b7"])
        #expect(throws: DatasetError.self) { try Table(records: [["zzz": .number(1)]], columns: ["age"]) }
        let typed = try Table(records: [["flag": .number(1)]], types: ["flag": .boolean])
        #expect(typed["flag"]?[0] == .boolean(true))
    }

    @Test("an encoder fitted on a file applies to records from a request")
    func encoderOnRecords() throws {
        let train = try Table(columns: [
            Column(name: "age", numbers: [20, 40]), Column(name: "city", categories: ["Oslo", "Lima"]),
        ])
        let encoder = try FeatureEncoder.fit(train)
        let request = try Table(
            records: [["age": .number(30), "city": .category("Oslo")]], columns: encoder.inputColumns)
        #expect(try encoder.transform(request).values == [0, 0, 1, 0])
    }
}
