import Foundation
import Testing

/// End-to-end tests of `anneal report` (and the compare report) through the built binary, including a real
/// headless Chromium rendering (required when ANNEAL_REQUIRE_CHROMIUM=1).
@Suite(.serialized) struct ReportCLITests {
    /// A compared folder with its report and the run ids of the trials.
    static func compared() throws -> (folder: URL, runs: [String]) {
        let folder = try CompareFiles.folder()
        let result = try CompareFiles.compare(in: folder, extra: ["--format", "json", "--out", "compare.html"])
        guard result.status == 0 else { throw CocoaError(.featureUnsupported, userInfo: ["stderr": result.error]) }
        let board = try CompareFiles.object(result.output)["leaderboard"] as? [String: Any]
        let rows = board?["rows"] as? [[String: Any]] ?? []
        return (folder, rows.flatMap { $0["run_ids"] as? [String] ?? [] })
    }

    @Test func reportOfOneRunHasCurvesReliabilityEventsAndProvenance() throws {
        let (folder, runs) = try Self.compared()
        let run = try #require(runs.first)
        let result = try AnnealProcess.run(
            ["report", String(run.prefix(10)), "--store", "store", "--out", "run.html"], in: folder)
        #expect(result.status == 0, "\(result.error)")
        let url = folder.appendingPathComponent("run.html")
        #expect(try CompareFiles.isWellFormed(url))
        let html = try String(contentsOf: url, encoding: .utf8)
        for text in ["Learning rate", "Loss", "Validation accuracy", "Reliability on the validation data",
                     "final metrics", "events", "provenance", "parameters", run] {
            #expect(html.contains(text), "missing \(text)")
        }
        #expect(html.components(separatedBy: "<svg").count - 1 == 4)
        #expect(!html.contains("<script"))
    }

    @Test func reportOfSeveralRunsStartsWithAnOverview() throws {
        let (folder, runs) = try Self.compared()
        let result = try AnnealProcess.run(["report"] + runs + ["--store", "store", "--out", "all.html"], in: folder)
        #expect(result.status == 0, "\(result.error)")
        let html = try String(contentsOf: folder.appendingPathComponent("all.html"), encoding: .utf8)
        #expect(html.contains("Overview"))
        #expect(html.components(separatedBy: "<svg").count - 1 == 1 + 4 * runs.count)
    }

    @Test func unknownRunFails() throws {
        let (folder, _) = try Self.compared()
        let result = try AnnealProcess.run(["report", "ffffffff", "--store", "store"], in: folder)
        #expect(result.status == 65)
        #expect(result.error.contains("anneal runs list"))
    }

    @Test func reportsRenderInHeadlessChromium() throws {
        let (folder, runs) = try Self.compared()
        let run = try #require(runs.first)
        let report = try AnnealProcess.run(["report", run, "--store", "store", "--out", "run.html"], in: folder)
        #expect(report.status == 0, "\(report.error)")
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("scripts/report_screenshot")
        for (page, svgs) in [("compare.html", 3), ("run.html", 4)] {
            let process = Process()
            process.executableURL = script
            process.arguments = [folder.appendingPathComponent(page).path, folder.appendingPathComponent(page + ".png").path, "\(svgs)"]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = output
            try process.run()
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            if process.terminationStatus == 3 {
                let required = ProcessInfo.processInfo.environment["ANNEAL_REQUIRE_CHROMIUM"] == "1"
                FileHandle.standardError.write(
                    Data("\n\n*** WARNING: CHROMIUM IS NOT INSTALLED; \(page) WAS NOT RENDERED IN A BROWSER ***\n\n".utf8))
                #expect(!required, "ANNEAL_REQUIRE_CHROMIUM=1 but chromium is missing: \(text)")
                return
            }
            #expect(process.terminationStatus == 0, "\(page): \(text)")
        }
    }
}
