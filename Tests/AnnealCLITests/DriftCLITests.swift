import Foundation
import Testing

/// End-to-end tests of `anneal drift` (batch comparison and profiles) through the built binary.
@Suite struct DriftCLITests {
    /// Reference and current files where only column `a` is shifted (by half its range).
    static func shiftedFiles() throws -> (folder: URL, reference: String, current: String) {
        let folder = try AnnealProcess.temporaryFolder()
        let reference = try DriftFiles.write(
            DriftFiles.abColour(rows: 300, offset: 0, shiftA: 0), "ref.csv", in: folder)
        let current = try DriftFiles.write(
            DriftFiles.abColour(rows: 300, offset: 0.11, shiftA: 0.5), "cur.csv", in: folder)
        return (folder, reference, current)
    }

    static func columns(_ object: [String: Any]) -> [String: [String: Any]] {
        let rows = object["columns"] as? [[String: Any]] ?? []
        return Dictionary(uniqueKeysWithValues: rows.map { ($0["column"] as? String ?? "", $0) })
    }

    @Test func detectsTheShiftedColumnAndNotTheOthers() throws {
        let (_, reference, current) = try Self.shiftedFiles()
        let result = try AnnealProcess.run([
            "drift", "--reference", reference, "--current", current, "--format", "json",
        ])
        #expect(result.status == 0, "\(result.error)")
        let object = try DriftFiles.object(result.output)
        let columns = Self.columns(object)
        #expect(columns["a"]?["drifted"] as? Bool == true)
        #expect(columns["b"]?["drifted"] as? Bool == false)
        #expect(columns["colour"]?["drifted"] as? Bool == false)
        // Shifting a uniform [0, 1) sample by 0.5 moves half of it past the reference: KS statistic 0.5.
        let statistic = try #require(columns["a"]?["statistic"] as? Double)
        #expect(abs(statistic - 0.5) < 0.02)
        #expect(object["dataset_drift"] as? Bool == false)
        #expect(abs((object["drift_share"] as? Double ?? 0) - 1.0 / 3.0) < 1e-12)
    }

    @Test func jsonHasExactlyTheDocumentedFields() throws {
        let (_, reference, current) = try Self.shiftedFiles()
        let result = try AnnealProcess.run([
            "drift", "--reference", reference, "--current", current, "--format", "json",
        ])
        #expect(result.status == 0, "\(result.error)")
        let object = try DriftFiles.object(result.output)
        #expect(Set(object.keys) == ["columns", "target", "prediction", "dataset_drift", "drift_share"])
        let columns = Self.columns(object)
        #expect(columns.count == 3)
        for (_, column) in columns {
            #expect(Set(column.keys) == ["column", "test", "statistic", "p_value", "threshold", "drifted"])
        }
        // auto: ks for numeric columns of up to 1000 reference rows, chi-square for 3 categories.
        #expect(columns["a"]?["test"] as? String == "ks")
        #expect(columns["colour"]?["test"] as? String == "chi_square")
        #expect(columns["a"]?["threshold"] as? Double == 0.05)
    }

    @Test func distanceTestsHaveNullPValue() throws {
        let (_, reference, current) = try Self.shiftedFiles()
        let result = try AnnealProcess.run([
            "drift", "--reference", reference, "--current", current, "--tests", "psi", "--ignore", "colour",
            "--format", "json",
        ])
        #expect(result.status == 0, "\(result.error)")
        let columns = Self.columns(try DriftFiles.object(result.output))
        #expect(columns["a"]?["test"] as? String == "psi")
        #expect(columns["a"]?["p_value"] is NSNull)
        #expect(columns["a"]?["threshold"] as? Double == 0.1)
        #expect(columns["a"]?["drifted"] as? Bool == true)
    }

    @Test func textIsAnAlignedTableWithTheAutoChoice() throws {
        let (_, reference, current) = try Self.shiftedFiles()
        let result = try AnnealProcess.run(["drift", "--reference", reference, "--current", current])
        #expect(result.status == 0, "\(result.error)")
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        try #require(lines.count >= 5, "\(result.output)")
        let header = Array(lines[1])
        #expect(lines[1].hasPrefix("column"))
        // Numbers are right-aligned under their header: each row's statistic ends where "statistic" ends.
        let end = try #require(lines[1].range(of: "statistic")).upperBound.utf16Offset(in: lines[1])
        for row in lines[2...4].map(Array.init) {
            #expect(row.count > end && row[end - 1].isNumber && row[end] == " ", "\(String(row))")
            #expect(String(row).hasSuffix("yes") || String(row).hasSuffix("no"))
        }
        #expect(header.count > end)
        #expect(result.output.contains("dataset drift: no (1 of 3 columns drifted"))
        #expect(result.output.contains("auto chose ks for 2 columns, chi_square for 1 column"))
    }

    @Test func driftShareAndFailOnDriftGateTheExitStatus() throws {
        let (_, reference, current) = try Self.shiftedFiles()
        let base = ["drift", "--reference", reference, "--current", current, "--drift-share", "0.3"]
        let finding = try AnnealProcess.run(base + ["--format", "json"])
        #expect(finding.status == 0, "drift is a finding, not an error")
        #expect(try DriftFiles.object(finding.output)["dataset_drift"] as? Bool == true)
        let gate = try AnnealProcess.run(base + ["--fail-on-drift"])
        #expect(gate.status == 1)
        let quiet = try AnnealProcess.run(["drift", "--reference", reference, "--current", current, "--fail-on-drift"])
        #expect(quiet.status == 0)
    }

    @Test func profileRoundTripGivesTheSameReport() throws {
        let (folder, reference, current) = try Self.shiftedFiles()
        let profile = folder.appendingPathComponent("ref.json").path
        let saved = try AnnealProcess.run(["drift", "profile", reference, "--out", profile])
        #expect(saved.status == 0, "\(saved.error)")
        for tests in ["auto", "psi", "js", "wasserstein"] {
            let ignore = tests == "wasserstein" ? ["--ignore", "colour"] : []
            let fromData = try AnnealProcess.run(
                ["drift", "--reference", reference, "--current", current, "--tests", tests, "--format", "json"] + ignore
            )
            let fromProfile = try AnnealProcess.run(
                ["drift", "--reference", profile, "--current", current, "--tests", tests, "--format", "json"] + ignore)
            #expect(fromData.status == 0, "\(fromData.error)")
            #expect(fromProfile.status == 0, "\(fromProfile.error)")
            #expect(fromData.output == fromProfile.output, "tests \(tests)")
        }
    }

    @Test func targetDriftIsReportedApartFromTheFeatures() throws {
        let folder = try AnnealProcess.temporaryFolder()
        let all = folder.appendingPathComponent("sea.csv").path
        let made = try AnnealProcess.run([
            "data", "generate", "sea", "--rows", "2000", "--drift-at", "1000", "--seed", "5", "--out", all,
        ])
        #expect(made.status == 0, "\(made.error)")
        // SEA's concept 1 labels x1 + x2 > 8 (68% positive), concept 2 x1 + x2 > 9 (59.5%): only the label moves.
        let lines = try String(contentsOfFile: all, encoding: .utf8).split(separator: "\n").map(String.init)
        let reference = try DriftFiles.write(
            ([lines[0]] + lines[1...1000]).joined(separator: "\n") + "\n", "r.csv", in: folder)
        let current = try DriftFiles.write(
            ([lines[0]] + lines[1001...]).joined(separator: "\n") + "\n", "c.csv", in: folder)
        let result = try AnnealProcess.run([
            "drift", "--reference", reference, "--current", current, "--target", "label", "--format", "json",
        ])
        #expect(result.status == 0, "\(result.error)")
        let object = try DriftFiles.object(result.output)
        let features = Self.columns(object)
        #expect(Set(features.keys) == ["x1", "x2", "x3"])
        #expect(features.values.allSatisfy { $0["drifted"] as? Bool == false })
        let target = try #require(object["target"] as? [String: Any])
        #expect(target["column"] as? String == "label")
        #expect(target["test"] as? String == "z_test")
        #expect(target["drifted"] as? Bool == true)
        #expect(object["drift_share"] as? Double == 0)
    }

    @Test func htmlReportIsSelfContainedWithAHistogramPerNumericColumn() throws {
        let (folder, reference, current) = try Self.shiftedFiles()
        let out = folder.appendingPathComponent("report.html")
        let result = try AnnealProcess.run([
            "drift", "--reference", reference, "--current", current, "--out", out.path,
        ])
        #expect(result.status == 0, "\(result.error)")
        let html = try String(contentsOf: out, encoding: .utf8)
        #expect(html.components(separatedBy: "<svg").count - 1 == 2)
        #expect(!html.contains("<script"))
        #expect(!html.contains("src=\"http") && !html.contains("href=\"http"))
        #expect(html.contains("chi_square"))
        #expect(html.contains("dataset drift: no (1 of 3 columns drifted"))
    }
}

/// Bad input to `anneal drift`: exit codes and messages that name the problem.
@Suite struct DriftCLIErrorTests {
    @Test func missingFilesExit66() throws {
        let (folder, reference, _) = try DriftCLITests.shiftedFiles()
        let none = folder.appendingPathComponent("none.csv").path
        let noCurrent = try AnnealProcess.run(["drift", "--reference", reference, "--current", none])
        #expect(noCurrent.status == 66)
        #expect(noCurrent.error.contains("current file"))
        let noReference = try AnnealProcess.run(["drift", "--reference", none, "--current", reference])
        #expect(noReference.status == 66)
        let noProfileData = try AnnealProcess.run([
            "drift", "profile", none, "--out", folder.appendingPathComponent("p.json").path,
        ])
        #expect(noProfileData.status == 66)
    }

    @Test func missingTargetColumnAndDifferentColumnsExit65() throws {
        let (folder, reference, current) = try DriftCLITests.shiftedFiles()
        let target = try AnnealProcess.run([
            "drift", "--reference", reference, "--current", current, "--target", "label",
        ])
        #expect(target.status == 65)
        #expect(target.error.contains("'label' is not in"))
        let narrow = try DriftFiles.write("a,b\n0.1,0.2\n0.3,0.4\n", "narrow.csv", in: folder)
        let columns = try AnnealProcess.run(["drift", "--reference", reference, "--current", narrow])
        #expect(columns.status == 65)
        #expect(columns.error.contains("only in the reference: colour"))
        let ignored = try AnnealProcess.run([
            "drift", "--reference", reference, "--current", narrow, "--ignore", "colour",
        ])
        #expect(ignored.status == 0, "\(ignored.error)")
    }

    @Test func unreadableOrEmptyDataExit65() throws {
        let (folder, reference, _) = try DriftCLITests.shiftedFiles()
        let ragged = try DriftFiles.write("a,b,colour\n0.1,0.2,red\n0.3\n", "ragged.csv", in: folder)
        let raggedResult = try AnnealProcess.run(["drift", "--reference", reference, "--current", ragged])
        #expect(raggedResult.status == 65)
        #expect(raggedResult.error.contains("ragged.csv"))
        let empty = try DriftFiles.write("a,b,colour\n", "empty.csv", in: folder)
        let emptyResult = try AnnealProcess.run(["drift", "--reference", reference, "--current", empty])
        #expect(emptyResult.status == 65)
        #expect(emptyResult.error.contains("no data rows"))
        let text = try DriftFiles.write("a,b,colour\nhigh,0.2,red\nlow,0.1,blue\n", "text.csv", in: folder)
        let kinds = try AnnealProcess.run(["drift", "--reference", reference, "--current", text])
        #expect(kinds.status == 65)
        #expect(kinds.error.contains("'a'"))
        let notProfile = try DriftFiles.write("{\"columns\": 1}", "bad.json", in: folder)
        let badProfile = try AnnealProcess.run(["drift", "--reference", notProfile, "--current", reference])
        #expect(badProfile.status == 65)
        #expect(badProfile.error.contains("anneal drift profile"))
    }

    @Test func badOptionsAreUsageErrors() throws {
        let (_, reference, current) = try DriftCLITests.shiftedFiles()
        for extra in [["--drift-share", "0"], ["--threshold", "-1"], ["--tests", "anova"], ["--out", "x.png"]] {
            let result = try AnnealProcess.run(["drift", "--reference", reference, "--current", current] + extra)
            #expect(result.status == 64, "\(extra)")
        }
        let forced = try AnnealProcess.run(["drift", "--reference", reference, "--current", current, "--tests", "ks"])
        #expect(forced.status == 65, "ks on the categorical column: \(forced.error)")
        #expect(forced.error.contains("colour"))
    }

    @Test func helpListsTheGateOption() throws {
        let help = try AnnealProcess.run(["drift", "compare", "--help"])
        let flat = help.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("--fail-on-drift"))
    }
}
