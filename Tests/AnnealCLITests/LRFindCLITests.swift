import Foundation
import Testing

/// End-to-end tests of `anneal lr-find`.
@Suite struct LRFindCLITests {
    @Test func suggestionsAndAOneCycleSpecThatTrainAccepts() throws {
        let folder = try AnnealProcess.temporaryFolder()
        let data = try TrainProcess.generate("moons", rows: 400, in: folder)
        let svg = folder.appendingPathComponent("lr.svg")
        let result = try AnnealProcess.run([
            "lr-find", "--data", data.path, "--target", "label", "--model", "mlp:16", "--optimizer", "sgd:momentum=0.9",
            "--total-steps", "200", "--out", svg.path, "--format", "json",
        ])
        #expect(result.status == 0, "\(result.error)")
        let report = try TrainProcess.json(result.output)
        let rates = try #require(report["rates"] as? [Double])
        #expect(rates.first == 1e-7 && rates.count <= 100 && rates.count > 20)
        let suggestions = try #require(report["suggestions"] as? [String: Double])
        for key in ["valley", "steep", "minimum"] {
            let rate = try #require(suggestions[key])
            #expect(rate >= 1e-7 && rate <= 10, "\(key) = \(rate)")
        }
        let schedule = try #require(report["schedule"] as? [String: Any])
        #expect(schedule["type"] as? String == "one_cycle")
        #expect(schedule["max_lr"] as? Double == suggestions["valley"])
        #expect(schedule["total_steps"] as? Int == 200)
        let chart = try String(contentsOf: svg, encoding: .utf8)
        #expect(chart.contains("valley") && chart.contains("steep") && chart.contains("minimum"))

        let spec = String(decoding: try JSONSerialization.data(withJSONObject: schedule), as: UTF8.self)
        let train = try AnnealProcess.run([
            "train", "--data", data.path, "--target", "label", "--model", "mlp:16", "--optimizer", "sgd:momentum=0.9",
            "--schedule", spec, "--steps", "200", "--out", folder.appendingPathComponent("m.model").path, "--no-store",
        ])
        #expect(train.status == 0, "\(train.error)")
    }

    @Test func textOutputPlotsInTheTerminalAndPrintsTheSpec() throws {
        let folder = try AnnealProcess.temporaryFolder()
        let data = try TrainProcess.generate("sea", rows: 300, in: folder)
        let result = try AnnealProcess.run(["lr-find", "--data", data.path, "--target", "label", "--steps", "60"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("smoothed loss against log10(learning rate)"))
        #expect(result.output.contains("valley") && result.output.contains("\"type\":\"one_cycle\""))
    }

    @Test func minAboveMaxIsAUsageError() throws {
        let result = try AnnealProcess.run([
            "lr-find", "--data", "x.csv", "--target", "y", "--min-lr", "1", "--max-lr", "0.1",
        ])
        #expect(result.status == 64)
    }
}
