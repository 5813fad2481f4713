import Foundation
import Testing

@testable import Datasets

@Suite("CSV reading")
struct CSVReaderTests {
    private func read(_ text: String, options: CSVOptions = CSVOptions()) throws -> Table {
        try Table.readCSV(at: try TestFiles.write(text), options: options)
    }

    private func readError(_ text: String, options: CSVOptions = CSVOptions()) -> DatasetError? {
        do {
            _ = try read(text, options: options)
            return nil
        } catch {
            return error as? DatasetError
        }
    }

    @Test("numbers, integers, booleans and categories are inferred")
    func inference() throws {
        let table = try read("x,n,flag,city\n1.5,1,true,Paris\n2,2,False,Oslo\n-3e2,3,TRUE,Paris\n")
        #expect(table.rowCount == 3)
        #expect(table.columns.map(\.type) == [.number, .integer, .boolean, .categorical])
        #expect(table["x"]?.numbers == [1.5, 2, -300])
        #expect(table["flag"]?.numbers == [1, 0, 1])
        #expect(table["city"]?.levels == ["Paris", "Oslo"])
        #expect(table["city"]?.codes == [0, 1, 0])
    }

    @Test("type overrides: integers as categories, numbers as boolean")
    func overrides() throws {
        let table = try read(
            "zip,b\n75001,1\n10115,0\n", options: CSVOptions(types: ["zip": .categorical, "b": .boolean]))
        #expect(table["zip"]?.type == .categorical)
        #expect(table["zip"]?.levels == ["75001", "10115"])
        #expect(table["b"]?.type == .boolean)
        #expect(table["b"]?[0] == .boolean(true))
    }

    @Test("an override that the data contradicts is an error with line and column")
    func overrideConflict() {
        let error = readError("a,b\n1,2\n3,x\n", options: CSVOptions(types: ["b": .number]))
        #expect(error?.code == .badValue)
        #expect(error?.line == 3)
        #expect(error?.column == 2)
    }

    @Test("text after numbers makes the column categorical, keeping the original text")
    func lateText() throws {
        let table = try read("a,b\n1,1.50\n2,x\n3,\n")
        #expect(table["b"]?.type == .categorical)
        #expect(table["b"]?.levels == ["1.50", "x"])
        #expect(table["b"]?.codes == [0, 1, -1])
        #expect(table["a"]?.type == .integer)
    }

    @Test("missing tokens: empty, NA, NaN, null, N/A, quoted empty")
    func missingTokens() throws {
        let table = try read("a,b\n,x\nNA,NA\nNaN,null\nnull,\"\"\nN/A,y\n4,N/A\n")
        #expect(table["a"]?.type == .integer)
        #expect(table["a"]?.missingCount == 5)
        #expect(table["a"]?[5] == .number(4))
        #expect(table["b"]?.missingCount == 4)
        #expect(table["b"]?.levels == ["x", "y"])
    }

    @Test("a column with only missing values is a number column of NaN")
    func allMissing() throws {
        let table = try read("a,b\n1,\n2,NA\n")
        #expect(table["b"]?.type == .number)
        #expect(table["b"]?.missingCount == 2)
    }

    @Test("quotes: embedded delimiter, doubled quotes, embedded newline and CRLF")
    func quotes() throws {
        let text = "name,note\r\n\"Smith, J\",\"said \"\"hi\"\"\"\r\n\"multi\nline\",\"a\r\nb\"\r\nplain,\"\"\"\"\r\n"
        let table = try read(text)
        #expect(table.rowCount == 3)
        #expect(table["name"]?.text(at: 0) == "Smith, J")
        #expect(table["note"]?.text(at: 0) == "said \"hi\"")
        #expect(table["name"]?.text(at: 1) == "multi\nline")
        #expect(table["note"]?.text(at: 1) == "a\r\nb")
        #expect(table["note"]?.text(at: 2) == "\"")
    }

    @Test("UTF-8 byte-order mark, CRLF and empty lines")
    func bomAndEmptyLines() throws {
        var bytes = Data([0xEF, 0xBB, 0xBF])
        bytes.append(Data("id,é\r\n\r\n1,café\r\n\n\n2,naïve\r\n\r\n".utf8))
        let table = try Table.readCSV(at: try TestFiles.write(bytes))
        #expect(table.columnNames == ["id", "é"])
        #expect(table.rowCount == 2)
        #expect(table["é"]?.levels == ["café", "naïve"])
    }

    @Test("no trailing newline, lone CR line ends, and a trailing empty field")
    func lineEnds() throws {
        let table = try read("a,b\r1,\r2,3")
        #expect(table.rowCount == 2)
        #expect(table["b"]?.isMissing(0) == true)
        #expect(table["b"]?[1] == .number(3))
    }

    @Test(
        "ragged rows are errors with the line number",
        arguments: [
            ("a,b\n1,2\n3\n", 3, 2), ("a,b\n1,2\n\n3,4,5\n", 4, 3), ("a,b\n\"x\ny\",2\n1,2,3\n", 4, 3),
        ])
    func ragged(text: String, line: Int, column: Int) {
        let error = readError(text)
        #expect(error?.code == .raggedRow)
        #expect(error?.line == line)
        #expect(error?.column == column)
    }

    @Test("an unterminated quote is an error at the line where it opens")
    func unterminatedQuote() {
        let error = readError("a,b\n1,2\n3,\"open\n4,5\n")
        #expect(error?.code == .unterminatedQuote)
        #expect(error?.line == 3)
        #expect(error?.column == 2)
    }

    @Test("stray quotes are errors", arguments: ["a,b\n1,x\"y\n", "a,b\n1,\"x\"y\n"])
    func strayQuote(text: String) {
        #expect(readError(text)?.code == .badQuote)
    }

    @Test("an empty file is an error; a header-only file is an empty table")
    func emptyFiles() throws {
        #expect(readError("")?.code == .emptyFile)
        let table = try read("a,b\n")
        #expect(table.rowCount == 0)
        #expect(table.columnNames == ["a", "b"])
    }

    @Test("duplicate header names are an error")
    func duplicateHeader() {
        #expect(readError("a,a\n1,2\n")?.code == .duplicateColumn)
    }

    @Test("without a header, columns are named column1...")
    func noHeader() throws {
        var options = CSVOptions()
        options.hasHeader = false
        let table = try read("1,x\n2,y\n", options: options)
        #expect(table.columnNames == ["column1", "column2"])
        #expect(table.rowCount == 2)
    }

    @Test("numbers parse exactly like strtod, including the slow path")
    func numberParsing() throws {
        let texts = [
            "0.1", "-0.0", "123456789012345678901234", "1e-320", "2.2250738585072014e-308", "9007199254740993",
            "1.7976931348623157e308", "3.14159265358979323846", "+7", "1E5", " 8 ", "inf", "-Infinity",
        ]
        let table = try read("v\n" + texts.joined(separator: "\n") + "\n")
        #expect(table["v"]?.type == .number)
        for (row, text) in texts.enumerated() {
            let expected = strtod(text.trimmingCharacters(in: .whitespaces), nil)
            #expect(table["v"]?.numbers[row].bitPattern == expected.bitPattern, "\(text)")
        }
    }

    @Test("a tiny buffer gives the same table as a large one (records across buffer refills)")
    func tinyBuffer() throws {
        var text = "id,value,label,note\r\n"
        for row in 0..<200 {
            text += "\(row),\(Double(row) * 0.37 - 20),c\(row % 7),\"q\"\"\(row)\nend\"\r\n"
            if row % 13 == 0 { text += "\r\n" }
        }
        let path = try TestFiles.write(text)
        let large = try Table.readCSV(at: path)
        for size in [1, 3, 7, 64] {
            var options = CSVOptions()
            options.bufferBytes = size
            #expect(try Table.readCSV(at: path, options: options) == large, "buffer \(size)")
        }
        #expect(large.rowCount == 200)
        #expect(large["note"]?.text(at: 5) == "q\"5\nend")
    }

    @Test("many categories (more than the lookup cache holds) keep their codes and first-seen order")
    func manyCategories() throws {
        let labels = (0..<3_000).map { "k\(($0 * 7919) % 1_000)" }
        let table = try read("c\n" + labels.joined(separator: "\n") + "\n")
        let column = try #require(table["c"])
        #expect(column.levels.count == 1_000)
        #expect((0..<labels.count).map { column.text(at: $0) } == labels)
    }

    @Test("other delimiters: tab-separated with a quoted tab; semicolons with decimal points kept")
    func delimiters() throws {
        var options = CSVOptions()
        options.delimiter = UInt8(ascii: "\t")
        let tsv = try read("a\tb\n1\t\"x\ty\"\n2\tz\n", options: options)
        #expect(tsv["b"]?.levels == ["x\ty", "z"])
        options.delimiter = UInt8(ascii: ";")
        let semicolons = try read("a;b\n1.5;2\n", options: options)
        #expect(semicolons["a"]?.numbers == [1.5])
        #expect(readError("a;b\n1;2;3\n", options: options)?.code == .raggedRow)
    }
}
