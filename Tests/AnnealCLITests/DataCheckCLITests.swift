import Foundation
import Testing

/// End-to-end tests of `anneal data check` through the built binary.
@Suite struct DataCheckCLITests {
    /// 60 rows of two evenly spread features and a label that needs both (x1 + x2 > 1), so no single feature
    /// predicts it: a clean data set.
    static func clean(leak: Bool = false, rows: Range<Int> = 0..<60) -> String {
        var text = leak ? "x1,x2,copy,label\n" : "x1,x2,label\n"
        for i in rows {
            let x1 = DriftFiles.evenlySpread(i, offset: 0.05)
            let x2 = DriftFiles.evenlySpread(i * 7 + 3, offset: 0.4)
            let label = x1 + x2 > 1 ? 1 : 0
            text += leak ? "\(x1),\(x2),\(label),\(label)\n" : "\(x1),\(x2),\(label)\n"
        }
        return text
    }

    static func codes(_ output: String) throws -> [String: String] {
        let findings = try DriftFiles.object(output)["findings"] as? [[String: Any]] ?? []
        var codes: [String: String] = [:]
        for finding in findings {
            let code = finding["code"] as? String ?? ""
            let severity = finding["severity"] as? String ?? ""
            if codes[code] != "error" { codes[code] = severity }
        }
        return codes
    }

    @Test func cleanFileExitsZeroWithoutErrors() throws {
        let folder = try AnnealProcess.temporaryFolder()
        let file = try DriftFiles.write(Self.clean(), "clean.csv", in: folder)
        let result = try AnnealProcess.run(["data", "check", file, "--target", "label", "--format", "json"])
        #expect(result.status == 0, "\(result.output)\(result.error)")
        #expect(try !Self.codes(result.output).values.contains("error"))
        let text = try AnnealProcess.run(["data", "check", file, "--target", "label"])
        #expect(text.status == 0)
        #expect(text.output.contains("0 errors"))
    }

    @Test func leakingColumnExitsOneWithFindingAndFix() throws {
        let folder = try AnnealProcess.temporaryFolder()
        let file = try DriftFiles.write(Self.clean(leak: true), "leak.csv", in: folder)
        let result = try AnnealProcess.run(["data", "check", file, "--target", "label", "--format", "json"])
        #expect(result.status == 1)
        let findings = try DriftFiles.object(result.output)["findings"] as? [[String: Any]] ?? []
        let leak = try #require(findings.first { $0["code"] as? String == "target-leakage" })
        #expect(leak["severity"] as? String == "error")
        #expect(leak["columns"] as? [String] == ["copy"])
        #expect(leak["evidence"] is [String: Any])
        #expect(!(leak["fix"] as? String ?? "").isEmpty)
    }

    @Test func duplicateRowsAreReportedAndTestRowsSeenInTrainingExitOne() throws {
        let folder = try AnnealProcess.temporaryFolder()
        let lines = Self.clean().split(separator: "\n").map(String.init)
        let duplicated = try DriftFiles.write(
            (lines + lines[1...5]).joined(separator: "\n") + "\n", "dup.csv", in: folder)
        let result = try AnnealProcess.run(["data", "check", duplicated, "--target", "label", "--format", "json"])
        #expect(try Self.codes(result.output)["duplicate-rows"] != nil, "\(result.output)")
        // A test set copied from the training rows overlaps it completely: an error.
        let train = try DriftFiles.write(Self.clean(), "train.csv", in: folder)
        let test = try DriftFiles.write(
            ([lines[0]] + lines[1...10]).joined(separator: "\n") + "\n", "test.csv", in: folder)
        let overlap = try AnnealProcess.run([
            "data", "check", train, "--target", "label", "--test", test, "--format", "json",
        ])
        #expect(overlap.status == 1)
        #expect(try Self.codes(overlap.output)["train-test-overlap"] == "error")
    }

    @Test func badInputExitCodes() throws {
        let folder = try AnnealProcess.temporaryFolder()
        let file = try DriftFiles.write(Self.clean(), "clean.csv", in: folder)
        let missing = try AnnealProcess.run([
            "data", "check", folder.appendingPathComponent("no.csv").path, "--target", "label",
        ])
        #expect(missing.status == 66)
        let noTarget = try AnnealProcess.run(["data", "check", file, "--target", "lable"])
        #expect(noTarget.status == 65)
        #expect(noTarget.error.contains("'lable' is not in"))
        let empty = try DriftFiles.write("x1,label\n", "empty.csv", in: folder)
        let emptyResult = try AnnealProcess.run(["data", "check", empty, "--target", "label"])
        #expect(emptyResult.status == 65)
        #expect(emptyResult.error.contains("no data rows"))
        let ragged = try DriftFiles.write("x1,label\n1,0\n2,1,7\n", "ragged.csv", in: folder)
        let raggedResult = try AnnealProcess.run(["data", "check", ragged, "--target", "label"])
        #expect(raggedResult.status == 65)
        #expect(raggedResult.error.contains("ragged.csv"))
        let schema = try DriftFiles.write("{\"columns\": 3}", "schema.json", in: folder)
        let badSchema = try AnnealProcess.run(["data", "check", file, "--target", "label", "--schema", schema])
        #expect(badSchema.status == 65)
    }

    @Test func declaredSchemaFlagsATypeChange() throws {
        let folder = try AnnealProcess.temporaryFolder()
        let file = try DriftFiles.write(Self.clean(), "clean.csv", in: folder)
        let schema = try DriftFiles.write(
            #"{"columns": [{"name": "x1", "type": "categorical"}, {"name": "x2", "type": "number"}, "#
                + #"{"name": "label", "type": "integer"}]}"#,
            "schema.json", in: folder)
        let result = try AnnealProcess.run([
            "data", "check", file, "--target", "label", "--schema", schema, "--format", "json",
        ])
        let findings = try DriftFiles.object(result.output)["findings"] as? [[String: Any]] ?? []
        let typeChange = findings.first { $0["code"] as? String == "schema-type" }
        #expect(typeChange?["columns"] as? [String] == ["x1"], "\(result.output)")
    }
}
