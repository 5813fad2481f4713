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
        for text in [
            "Learning rate", "Loss", "Validation accuracy", "Reliability on the validation data",
            "final metrics", "events", "provenance", "parameters", run,
        ] {
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
            process.arguments = [
                folder.appendingPathComponent(page).path, folder.appendingPathComponent(page + ".png").path, "\(svgs)",
            ]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = output
            try process.run()
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            if process.terminationStatus == 3 {
                let required = ProcessInfo.processInfo.environment["ANNEAL_REQUIRE_CHROMIUM"] == "1"
                FileHandle.standardError.write(
                    Data(
                        "\n\n*** WARNING: CHROMIUM IS NOT INSTALLED; \(page) WAS NOT RENDERED IN A BROWSER ***\n\n".utf8
                    ))
                #expect(!required, "ANNEAL_REQUIRE_CHROMIUM=1 but chromium is missing: \(text)")
                return
            }
            #expect(process.terminationStatus == 0, "\(page): \(text)")
        }
    }

    /// Whether `text` holds braille dots (a terminal plot).
    static func hasPlot(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) }
    }

    @Test func withoutOutTheRunIsPrintedAsTextWithPlotsOnlyWhenAsked() throws {
        let (folder, runs) = try Self.compared()
        let run = try #require(runs.first)
        let plain = try AnnealProcess.run(["report", String(run.prefix(10)), "--store", "store"], in: folder)
        #expect(plain.status == 0, "\(plain.error)")
        for text in ["final metrics: ", "final_valid_loss", "lr: ", "loss: ", "val_loss: ", "events: ", run] {
            #expect(plain.output.contains(text), "missing \(text): \(plain.output)")
        }
        // A pipe gets plain, stable text: no plot, no escape codes, no page written.
        #expect(!Self.hasPlot(plain.output) && !plain.output.contains("\u{1B}["))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("report.html").path))
        let again = try AnnealProcess.run(["report", run, "--store", "store"], in: folder)
        #expect(again.output == plain.output)

        let plotted = try AnnealProcess.run(["report", run, "--store", "store", "--plot"], in: folder)
        #expect(plotted.status == 0, "\(plotted.error)")
        #expect(plotted.output.hasPrefix(plain.output.trimmingCharacters(in: .newlines)))
        #expect(Self.hasPlot(plotted.output) && !plotted.output.contains("\u{1B}["))
        for title in ["learning rate by step", "loss by step", "validation accuracy by step", "■ validation loss"] {
            #expect(plotted.output.contains(title), "missing \(title)")
        }

        let file = try AnnealProcess.run(
            ["report", run, "--store", "store", "--format", "text", "--out", "run.txt"], in: folder)
        #expect(file.status == 0, "\(file.error)")
        let written = try String(contentsOf: folder.appendingPathComponent("run.txt"), encoding: .utf8)
        #expect(written == plain.output)
        let page = try AnnealProcess.run(["report", run, "--store", "store", "--format", "html"], in: folder)
        #expect(page.status == 0, "\(page.error)")
        #expect(try CompareFiles.isWellFormed(folder.appendingPathComponent("report.html")))
    }
}
