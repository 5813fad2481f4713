import Foundation
import Testing

@testable import Datasets

@Suite("JSON Lines reading")
struct JSONLinesReaderTests {
    private func read(_ text: String, types: [String: ColumnType] = [:]) throws -> Table {
        try Table.readJSONLines(at: try TestFiles.write(text, name: "data.jsonl"), types: types)
    }

    private func readError(_ text: String) -> DatasetError? {
        do {
            _ = try read(text)
            return nil
        } catch {
            return error as? DatasetError
        }
    }

    @Test("types follow the JSON values; absent keys and null are missing")
    func typesAndMissing() throws {
        let text = """
            {"x": 1.5, "n": 2, "ok": true, "city": "Paris"}

            {"x": -2e3, "ok": false, "city": null, "extra": "a"}\r
            {"n": 7, "x": null, "city": "Oslo \\"Nord\\" \\u00e9\\ud83d\\ude00"}
            """
        let table = try read(text)
        #expect(table.columnNames == ["x", "n", "ok", "city", "extra"])
        #expect(table.rowCount == 3)
        #expect(table.columns.map(\.type) == [.number, .integer, .boolean, .categorical, .categorical])
        #expect(table["x"]?.numbers.prefix(2) == [1.5, -2000])
        #expect(table["x"]?.isMissing(2) == true)
        #expect(table["n"]?.isMissing(1) == true)
        #expect(table["ok"]?[2] == .missing)
        #expect(table["city"]?.text(at: 2) == "Oslo \"Nord\" é😀")
        #expect(table["extra"]?.codes == [-1, 0, -1])
    }

    @Test("strings after numbers make the column categorical; overrides apply")
    func mixedAndOverrides() throws {
        let table = try read("{\"a\": 1, \"b\": 3}\n{\"a\": \"x\", \"b\": 4}\n", types: ["b": .categorical])
        #expect(table["a"]?.type == .categorical)
        #expect(table["a"]?.levels == ["1", "x"])
        #expect(table["b"]?.levels == ["3", "4"])
    }

    @Test(
        "malformed records are errors with line and character column",
        arguments: [
            ("{\"a\": 1}\n{\"a\": 2,}\n", 2, 9), ("{\"a\": 1}\n\n[1, 2]\n", 3, 1), ("{\"a\": tru}\n", 1, 7),
            ("{\"a\": {\"b\": 1}}\n", 1, 7), ("{\"a\": 1} x\n", 1, 10), ("{\"a\": \"open}\n", 1, 7),
            ("{\"a\": 1, \"a\": 2}\n", 1, 1),
        ])
    func malformed(text: String, line: Int, column: Int) {
        let error = readError(text)
        #expect(error?.code == .badJSON)
        #expect(error?.line == line)
        if error?.column != nil { #expect(error?.column == column) }
    }

    @Test("chunks share the first chunk's columns; a later new key is an error")
    func chunks() throws {
        let path = try TestFiles.write("{\"a\": 1}\n{\"a\": 2}\n{\"a\": 3}\n{\"a\": 4, \"b\": 1}\n", name: "c.jsonl")
        let reader = try JSONLinesReader(path: path, chunkRows: 2)
        #expect(try reader.nextChunk()?.rowCount == 2)
        #expect(reader.columnNames == ["a"])
        #expect(throws: DatasetError.self) { try reader.nextChunk() }
    }
}
