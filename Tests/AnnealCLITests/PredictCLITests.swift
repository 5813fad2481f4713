import Foundation
import Testing

/// Bad input to `anneal train`, `predict` and `evaluate`: clear errors with the right exit codes.
@Suite struct PredictCLITests {
    /// A small trained binary model and its data.
    static func trained() throws -> (folder: URL, data: URL, model: URL) {
        let folder = try AnnealProcess.temporaryFolder()
        let data = try TrainProcess.generate("sea", rows: 200, in: folder)
        let model = folder.appendingPathComponent("sea.annealmodel")
        let result = try AnnealProcess.run([
            "train", "--data", data.path, "--target", "label", "--steps", "20", "--out", model.path, "--no-store",
        ])
        guard result.status == 0 else { throw TrainProcess.Failure(message: result.error) }
        return (folder, data, model)
    }

    static func write(_ text: String, _ name: String, in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func missingDataFileExits66() throws {
        let result = try AnnealProcess.run(["train", "--data", "/nonexistent/x.csv", "--target", "y", "--steps", "5"])
        #expect(result.status == 66)
        #expect(result.error.contains("/nonexistent/x.csv"))
    }

    @Test func missingTargetColumnNamesItAndTheColumns() throws {
        let folder = try AnnealProcess.temporaryFolder()
        let data = try TrainProcess.generate("sea", rows: 50, in: folder)
        let result = try AnnealProcess.run(["train", "--data", data.path, "--target", "lable", "--steps", "5", "--no-store"])
        #expect(result.status == 65)
        #expect(result.error.contains("'lable'") && result.error.contains("x1, x2, x3, label"))
    }

    @Test func singleClassTargetIsRefusedWithAFix() throws {
        let folder = try AnnealProcess.temporaryFolder()
        let data = try Self.write("a,b,y\n1,2,1\n2,3,1\n3,4,1\n4,5,1\n", "one.csv", in: folder)
        let result = try AnnealProcess.run(["train", "--data", data.path, "--target", "y", "--steps", "5", "--no-store"])
        #expect(result.status == 65)
        #expect(result.error.contains("single class"))
    }

    @Test func headerOnlyFileIsEmptyData() throws {
        let folder = try AnnealProcess.temporaryFolder()
        let data = try Self.write("a,b,y\n", "empty.csv", in: folder)
        let result = try AnnealProcess.run(["train", "--data", data.path, "--target", "y", "--steps", "5", "--no-store"])
        #expect(result.status == 65)
        #expect(result.error.contains("no data rows"))
    }

    @Test func textInANumericColumnNamesLineAndColumn() throws {
        let (folder, _, model) = try Self.trained()
        let data = try Self.write("x1,x2,x3\n1,2,3\n4,five,6\n", "bad.csv", in: folder)
        let result = try AnnealProcess.run(["predict", "--model", model.path, "--data", data.path])
        #expect(result.status == 65)
        #expect(result.error.contains("five"))
    }

    @Test func missingAndUnknownColumnsAreNamed() throws {
        let (folder, _, model) = try Self.trained()
        let missing = try Self.write("x1,x2\n1,2\n", "missing.csv", in: folder)
        let noX3 = try AnnealProcess.run(["predict", "--model", model.path, "--data", missing.path])
        #expect(noX3.status == 65)
        #expect(noX3.error.contains("lacks the column x3"))
        let extra = try Self.write("x1,x2,x3,id\n1,2,3,7\n", "extra.csv", in: folder)
        let unknown = try AnnealProcess.run(["predict", "--model", model.path, "--data", extra.path])
        #expect(unknown.status == 65)
        #expect(unknown.error.contains("id") && unknown.error.contains("--ignore-unknown-columns"))
        let ignored = try AnnealProcess.run([
            "predict", "--model", model.path, "--data", extra.path, "--ignore-unknown-columns",
        ])
        #expect(ignored.status == 0, "\(ignored.error)")
        #expect(ignored.output.split(separator: "\n").count == 2)
    }

    @Test func missingModelExits66AndDamagedModelExits65() throws {
        let (folder, data, model) = try Self.trained()
        let absent = try AnnealProcess.run(["predict", "--model", folder.appendingPathComponent("no.model").path, "--data", data.path])
        #expect(absent.status == 66)
        var bytes = try Data(contentsOf: model)
        bytes[bytes.count / 2] ^= 0xFF
        let damaged = folder.appendingPathComponent("damaged.annealmodel")
        try bytes.write(to: damaged)
        let result = try AnnealProcess.run(["predict", "--model", damaged.path, "--data", data.path])
        #expect(result.status == 65)
    }

    @Test func evaluateWithAnUnseenClassNamesIt() throws {
        let (folder, _, model) = try Self.trained()
        let data = try Self.write("x1,x2,x3,label\n1,2,3,0\n4,5,6,7\n", "unseen.csv", in: folder)
        let result = try AnnealProcess.run(["evaluate", "--model", model.path, "--data", data.path, "--target", "label"])
        #expect(result.status == 65)
        #expect(result.error.contains("'7'"))
    }
}
