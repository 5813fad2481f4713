import Foundation
import Testing

@testable import Datasets

@Suite("CSV streaming and writing")
struct CSVStreamingTests {
    @Test("chunks have the chunk size, share the first chunk's schema and join to the whole table")
    func chunks() throws {
        var text = "id,x,c\n"
        for row in 0..<1_000 { text += "\(row),\(Double(row) / 8),\(row % 3 == 0 ? "a" : "b")\n" }
        let path = try TestFiles.write(text)
        var options = CSVOptions()
        options.chunkRows = 300
        let reader = try CSVReader(path: path, options: options)
        #expect(reader.columnNames == ["id", "x", "c"])
        #expect(reader.columnTypes == [nil, nil, nil])
        var chunks: [Table] = []
        while let chunk = try reader.nextChunk() { chunks.append(chunk) }
        #expect(chunks.map(\.rowCount) == [300, 300, 300, 100])
        #expect(reader.rowsRead == 1_000)
        #expect(reader.columnTypes == [.integer, .number, .categorical])
        let joined = try chunks.dropFirst().reduce(chunks[0]) { try $0.appending($1) }
        #expect(joined == (try Table.readCSV(at: path)))
        #expect(try reader.nextChunk() == nil)
    }

    @Test("a value that contradicts the first chunk's types is an error naming the line and the fix")
    func lateConflict() throws {
        let path = try TestFiles.write("a,b\n1,2\n3,4\n5,x\n")
        let reader = try CSVReader(path: path)
        _ = try reader.nextChunk(maxRows: 2)
        do {
            _ = try reader.nextChunk(maxRows: 2)
            Issue.record("expected an error")
        } catch let error as DatasetError {
            #expect(error.code == .badValue)
            #expect(error.line == 4 && error.column == 2)
            #expect(error.message.contains("categorical"))
        }
    }

    @Test("text after numbers within the first chunk re-reads it with the column categorical")
    func restartInFirstChunk() throws {
        let path = try TestFiles.write("a,b\n1,2\n3,z\n")
        let reader = try CSVReader(path: path)
        let chunk = try #require(try reader.nextChunk())
        #expect(chunk["b"]?.levels == ["2", "z"])
        #expect(chunk["a"]?.numbers == [1, 3])
    }

    @Test("the writer quotes delimiters, quotes, line breaks and edge spaces, and the reader reads them back")
    func writerRoundTrip() throws {
        let awkward = ["plain", "with, comma", "say \"hi\"", "two\nlines", " padded ", "crlf\r\nend", "é ünicode"]
        let table = try Table(columns: [
            Column(name: "text, col", categories: awkward + [nil]),
            Column(name: "x", numbers: [0.1, -2.5e-10, 1e22, 3, .nan, 123456.789, -0.0, 7]),
            Column(name: "flag", type: .boolean, numbers: [1, 0, .nan, 1, 1, 0, 0, 1]),
        ])
        let path = try TestFiles.write("")
        try table.writeCSV(to: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("\"text, col\",x,flag\nplain,0.1,true\n\"with, comma\","))
        #expect(text.contains("\"say \"\"hi\"\"\""))
        let back = try Table.readCSV(at: path)
        #expect(back["text, col"]?.levels == awkward)
        #expect(
            back["x"]?.numbers.map(\.bitPattern)
                == table["x"]?.numbers.map { $0.isNaN ? Double.nan.bitPattern : $0.bitPattern })
        #expect(back["flag"] == table["flag"])
    }

    @Test("the writer streams several chunks under one header and rejects other columns")
    func writerChunks() throws {
        let path = try TestFiles.write("")
        let writer = try CSVWriter(path: path, columnNames: ["a"])
        try writer.write(Table(columns: [Column(name: "a", numbers: [1, 2])]))
        try writer.write(Table(columns: [Column(name: "a", numbers: [3])]))
        #expect(throws: DatasetError.self) { try writer.write(Table(columns: [Column(name: "b", numbers: [1])])) }
        try writer.close()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "a\n1\n2\n3\n")
    }

    @Test("table helpers: taking rows, selecting, dropping, missing rows")
    func tableHelpers() throws {
        let table = try Table(columns: [
            Column(name: "a", numbers: [1, .nan, 3]), Column(name: "b", categories: ["x", "y", nil]),
        ])
        #expect(table.taking([2, 0]).row(0) == [.number(3), .missing])
        #expect(try table.selecting(["b"]).columnNames == ["b"])
        #expect(table.dropping(["a"]).columnNames == ["b"])
        #expect(try table.droppingMissing(in: "a").rowCount == 2)
        #expect(throws: DatasetError.self) { try table.column(named: "zzz") }
        #expect(throws: DatasetError.self) {
            try Table(columns: [Column(name: "a", numbers: [1]), Column(name: "a", numbers: [2])])
        }
        #expect(throws: DatasetError.self) {
            try Table(columns: [Column(name: "a", numbers: [1]), Column(name: "b", numbers: [])])
        }
    }
}
