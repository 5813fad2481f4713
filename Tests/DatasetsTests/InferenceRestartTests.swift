import Testing

@testable import Datasets

@Suite("Type inference restarts")
struct InferenceRestartTests {
    @Test("several columns turning to text are found in one extra pass, keeping their original text")
    func oneRestart() throws {
        var text = "a,b,c,d\n"
        for row in 0..<500 { text += "\(row),\(row % 2 == 0 ? "true" : "false"),\(Double(row) / 4),\(row)\n" }
        text += "x,1,y,9\n7,false,2.50,NA\n"
        let path = try TestFiles.write(text)
        let reader = try CSVReader(path: path)
        let table = try #require(try reader.nextChunk(maxRows: .max))
        #expect(reader.restarts == 1)
        #expect(table.columns.map(\.type) == [.categorical, .categorical, .categorical, .integer])
        #expect(table["c"]?.text(at: 3) == "0.75")
        #expect(table["c"]?.text(at: 501) == "2.50")
        #expect(table["b"]?.text(at: 500) == "1")
        #expect(table["a"]?.text(at: 500) == "x")
        #expect(table["d"]?.isMissing(501) == true)
    }

    @Test("a malformed record after the conflict is still reported with its line")
    func malformedAfterRestart() throws {
        let path = try TestFiles.write("a,b\n1,2\nx,3\n4\n")
        do {
            _ = try Table.readCSV(at: path)
            Issue.record("expected an error")
        } catch let error as DatasetError {
            #expect(error.code == .raggedRow)
            #expect(error.line == 4)
        }
    }
}
