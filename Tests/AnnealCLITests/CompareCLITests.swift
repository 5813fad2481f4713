import Foundation
import Testing

/// End-to-end tests of `anneal compare` through the built binary.
@Suite struct CompareCLITests {
    @Test func jsonLeaderboardHasEverySchedulesStatisticsAndRuns() throws {
        let folder = try CompareFiles.folder()
        let result = try CompareFiles.compare(
            in: folder, extra: ["--format", "json", "--target-metric", "valid_accuracy>=0.6", "--out", "report.html"])
        #expect(result.status == 0, "\(result.error)")
        let object = try CompareFiles.object(result.output)
        let board = try #require(object["leaderboard"] as? [String: Any])
        let rows = try #require(board["rows"] as? [[String: Any]])
        #expect(Set(rows.compactMap { $0["schedule"] as? String }) == ["constant", "cosine"])
        for row in rows {
            #expect(row["finished"] as? Int == 2)
            #expect((row["run_ids"] as? [String])?.count == 2)
            let loss = try #require(row["validation_loss"] as? [String: Any])
            let mean = try #require(loss["mean"] as? Double)
            let lower = try #require(loss["lower"] as? Double)
            let upper = try #require(loss["upper"] as? Double)
            #expect(lower <= mean && mean <= upper)
            let ece = try #require((row["calibration_error"] as? [String: Any])?["mean"] as? Double)
            #expect(ece >= 0 && ece <= 1)
            let target = try #require(row["target"] as? [String: Any])
            #expect(target["of"] as? Int == 2)
        }
        #expect(board["verdict"] is String)
        #expect((board["comparisons"] as? [Any])?.count == 1)
        #expect(object["experiment"] is String)
        #expect(try CompareFiles.isWellFormed(folder.appendingPathComponent("report.html")))
        let html = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.components(separatedBy: "<svg").count - 1 >= 3)
        #expect(html.contains("Leaderboard") && html.contains("Paired tests"))
    }

    @Test func textLeaderboardRecordsOneExperimentWithEveryTrial() throws {
        let folder = try CompareFiles.folder()
        let result = try CompareFiles.compare(in: folder, extra: ["--experiment", "sched-test"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("valid loss (95% CI)"))
        #expect(result.output.contains("constant") && result.output.contains("cosine"))
        #expect(result.output.contains("wins") || result.output.contains("no significant difference"))
        #expect(result.error.contains("[4/4]"))
        let runs = try AnnealProcess.run(
            ["runs", "list", "--store", "store", "--experiment", "sched-test", "--format", "json"], in: folder)
        #expect(runs.status == 0, "\(runs.error)")
        let list = try JSONSerialization.jsonObject(with: Data(runs.output.utf8)) as? [Any]
        #expect(list?.count == 4, "\(runs.output)")
    }

    @Test func badInputsFailWithAMessage() throws {
        let folder = try CompareFiles.folder()
        let missing = try CompareFiles.compare(in: folder, extra: ["--schedule", "nope.yaml"])
        #expect(missing.status == 66, "\(missing.error)")
        let target = try CompareFiles.compare(in: folder, extra: ["--target-metric", "valid_loss<0.3"])
        #expect(target.status == 65)
        #expect(target.error.contains("valid_loss<=0.3"))
        let noLength = try AnnealProcess.run(
            ["compare", "--data", "data.csv", "--target", "label", "--schedule", "constant.json"], in: folder)
        #expect(noLength.status == 64)
        #expect(noLength.error.contains("--steps"))
    }

    @Test func priceAddsTheMoneyOfEachScheduleAndToTheTarget() throws {
        let folder = try CompareFiles.folder()
        let extra = ["--price", "0.05", "--currency", "USD", "--target-metric", "valid_loss<=10", "--no-store"]
        let result = try AnnealProcess.run(
            CompareFiles.arguments(extra + ["--format", "json", "--out", "report.html"]), in: folder)
        #expect(result.status == 0, "\(result.error)")
        let board = try #require(try CompareFiles.object(result.output)["leaderboard"] as? [String: Any])
        let price = try #require(board["price"] as? [String: Any])
        #expect(price["per_core_hour"] as? Double == 0.05 && price["currency"] as? String == "USD")
        for row in try #require(board["rows"] as? [[String: Any]]) {
            // money = CPU seconds / 3600 × price, per seed, so its mean is the CPU mean / 3600 × price.
            let cpu = try #require((row["cpu_seconds"] as? [String: Any])?["mean"] as? Double)
            let money = try #require((row["money"] as? [String: Any])?["mean"] as? Double)
            #expect(abs(money - cpu / 3600 * 0.05) <= 1e-12 * max(1, money))
            // Every seed reaches valid loss 10 at its first validation, a share of the trial's money.
            let target = try #require(row["target"] as? [String: Any])
            let targetCPU = try #require((target["cpu_seconds"] as? [String: Any])?["mean"] as? Double)
            let targetMoney = try #require((target["money"] as? [String: Any])?["mean"] as? Double)
            #expect(abs(targetMoney - targetCPU / 3600 * 0.05) <= 1e-12 * max(1, targetMoney))
            #expect(targetMoney <= money + 1e-12)
        }
        let html = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("USD to target") && html.contains("per CPU core-hour"))
        let text = try AnnealProcess.run(CompareFiles.arguments(extra), in: folder)
        #expect(text.status == 0, "\(text.error)")
        #expect(text.output.contains("USD to target"))
        #expect(text.output.contains("0.05 USD per CPU core-hour"))
        let plain = try AnnealProcess.run(CompareFiles.arguments(["--no-store"]), in: folder)
        #expect(!plain.output.contains("core-hour") && !plain.output.contains("money"))
    }

    @Test(arguments: [
        (["--price=-0.5"], "--price must be a finite amount ≥ 0"), (["--price", "nan"], "--price must be a finite"),
        (["--price", "inf"], "e.g. --price 0.05"), (["--currency", "USD"], "needs --price"),
        (["--price", "1", "--currency", "US dollar"], "without spaces"),
    ])
    func badPriceFailsNamingTheOption(_ extra: [String], _ message: String) throws {
        let folder = try CompareFiles.folder()
        let result = try AnnealProcess.run(CompareFiles.arguments(extra + ["--no-store"]), in: folder)
        #expect(result.status == 64, "\(result.error)")
        #expect(result.error.contains(message), "\(result.error)")
    }

    @Test func plotAddsEachSchedulesLossAndRateCurvesPipesStayPlain() throws {
        let folder = try CompareFiles.folder()
        let plain = try AnnealProcess.run(CompareFiles.arguments(["--no-store"]), in: folder)
        #expect(plain.status == 0, "\(plain.error)")
        #expect(!ReportCLITests.hasPlot(plain.output) && !plain.output.contains("by step"))
        let plotted = try AnnealProcess.run(CompareFiles.arguments(["--no-store", "--plot"]), in: folder)
        #expect(plotted.status == 0, "\(plotted.error)")
        #expect(ReportCLITests.hasPlot(plotted.output) && !plotted.output.contains("\u{1B}["))
        #expect(plotted.output.contains("validation loss by step (mean over seeds)"))
        #expect(plotted.output.contains("learning rate by step"))
        #expect(plotted.output.components(separatedBy: "■ constant  ■ cosine").count - 1 == 2)
        let json = try AnnealProcess.run(
            CompareFiles.arguments(["--no-store", "--plot", "--format", "json"]), in: folder)
        #expect(try CompareFiles.object(json.output)["leaderboard"] != nil)
    }
}
