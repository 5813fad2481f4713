import Foundation
import Testing

/// End-to-end tests of `anneal runs` and `anneal experiments` on runs recorded by `anneal train`.
@Suite struct RunsCLITests {
    @Test func unknownRunExits65NamingItAndSuggestingRunsList() throws {
        let sandbox = try StoreSandbox()
        for command in [["runs", "show", "feedbeef"], ["runs", "export", "feedbeef"]] {
            let result = try sandbox.anneal(command)
            #expect(result.status == 65, "\(command)")
            #expect(result.error.contains("'feedbeef'"), "\(result.error)")
            #expect(result.error.contains("anneal runs list"), "\(result.error)")
        }
    }

    @Test(.enabled(if: StoreSandbox.trainIsAvailable, "needs `anneal train`"))
    func trainedRunIsListedByExperimentAndStatus() throws {
        let sandbox = try StoreSandbox()
        let first = try sandbox.train(experiment: "moons", seed: 1)
        let second = try sandbox.train(experiment: "other", seed: 2)

        let all = try sandbox.anneal(["runs", "list"])
        #expect(all.status == 0, "\(all.error)")
        let lines = all.output.split(separator: "\n")
        #expect(lines.count == 3, "\(all.output)")
        #expect(lines.first?.hasPrefix("RUN") == true)
        // Newest first.
        #expect(lines[1].hasPrefix(String(second.prefix(12))) && lines[2].hasPrefix(String(first.prefix(12))))
        #expect(lines[2].contains("moons") && lines[2].contains("FINISHED"), "\(lines[2])")

        let moons = try sandbox.anneal(["runs", "list", "--experiment", "moons", "--format", "json"])
        let rows = try #require(try StoreSandbox.json(moons) as? [[String: Any]])
        #expect(rows.count == 1)
        #expect((rows.first?["run"] as? [String: Any])?["id"] as? String == first)
        #expect(rows.first?["experiment"] as? String == "moons")

        #expect(try sandbox.anneal(["runs", "list", "--status", "running"]).output == "no runs\n")
        #expect(try sandbox.anneal(["runs", "list", "--status", "FINISHED"]).output.split(separator: "\n").count == 3)

        let experiments = try sandbox.anneal(["experiments", "list"])
        let experimentLines = experiments.output.split(separator: "\n")
        #expect(experimentLines.count == 3, "\(experiments.output)")
        #expect(experimentLines[1].hasPrefix("moons ") && experimentLines[2].hasPrefix("other "))
    }

    @Test(.enabled(if: StoreSandbox.trainIsAvailable, "needs `anneal train`"))
    func showSummarisesWhatExportHoldsInFull() throws {
        let sandbox = try StoreSandbox()
        let run = try sandbox.train(steps: 20)

        // A unique prefix is enough.
        let text = try sandbox.anneal(["runs", "show", String(run.prefix(8))])
        #expect(text.status == 0, "\(text.error)")
        #expect(text.output.hasPrefix("run \(run)"))
        for section in ["params\n", "schedule\n", "metrics\n", "artifacts\n", "dataset cards\n"] {
            #expect(text.output.contains(section), "missing \(section): \(text.output)")
        }
        #expect(text.output.contains(where: { "▁▂▃▄▅▆▇█".contains($0) }), "no sparkline: \(text.output)")

        let shown = try #require(try StoreSandbox.json(try sandbox.anneal(["runs", "show", run, "--format", "json"])) as? [String: Any])
        let metrics = try #require(shown["metrics"] as? [[String: Any]])
        let loss = try #require(metrics.first { $0["key"] as? String == "loss" })
        let artifacts = try #require(shown["artifacts"] as? [[String: Any]])
        #expect(artifacts.contains { ($0["artifact"] as? [String: Any])?["kind"] as? String == "model" && $0["state"] as? String == "ok" })

        let csv = try sandbox.anneal(["runs", "export", run, "--format", "csv"])
        #expect(csv.status == 0, "\(csv.error)")
        let csvLines = csv.output.split(separator: "\n")
        #expect(csvLines.first == "key,step,value,time")
        let lossRows = csvLines.dropFirst().map { $0.split(separator: ",") }.filter { $0.first == "loss" }
        let lossValues = lossRows.compactMap { Double($0[2]) }
        // The downsampled summary covers exactly the exported points and keeps their extremes.
        #expect(lossRows.count == 20)
        #expect(loss["points"] as? Int == lossRows.count)
        #expect(loss["min"] as? Double == lossValues.min())
        #expect(loss["max"] as? Double == lossValues.max())
        #expect(loss["firstStep"] as? Int == Int(lossRows.first?[1] ?? ""))
        #expect(loss["lastStep"] as? Int == Int(lossRows.last?[1] ?? ""))

        let out = sandbox.folder.appendingPathComponent("metrics.json")
        let json = try sandbox.anneal(["runs", "export", run, "--format", "json", "--key", "loss", "--out", out.path])
        #expect(json.status == 0 && json.output.isEmpty, "\(json.error)")
        let exported = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out)) as? [String: Any])
        #expect(exported["runID"] as? String == run)
        let points = try #require(exported["metrics"] as? [[String: Any]])
        #expect(points.count == lossValues.count)
        // Compare the written digits (Foundation's JSON parser may round the last bit differently from Double(_:)).
        let jsonText = try String(contentsOf: out, encoding: .utf8)
        let writtenValues = jsonText.split(separator: "\n").filter { $0.contains("\"value\"") }.map {
            String($0.split(separator: ":").last ?? "").trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
        }
        #expect(writtenValues == lossRows.map { String($0[2]) })
        #expect(Set(points.compactMap { $0["key"] as? String }) == ["loss"])
    }

    @Test(.enabled(if: StoreSandbox.trainIsAvailable, "needs `anneal train`"))
    func exportOfUnknownMetricNamesTheKnownOnes() throws {
        let sandbox = try StoreSandbox()
        let run = try sandbox.train()
        let result = try sandbox.anneal(["runs", "export", run, "--key", "accuracy"])
        #expect(result.status == 65)
        #expect(result.error.contains("'accuracy'") && result.error.contains("loss"), "\(result.error)")
    }

    @Test(.enabled(if: StoreSandbox.trainIsAvailable, "needs `anneal train`"))
    func corruptArtifactIsNamedWithBothHashes() throws {
        let sandbox = try StoreSandbox()
        let run = try sandbox.train()
        let file = try sandbox.modelArtifactFile(run: run)
        try Data("not the model".utf8).write(to: file)
        let result = try sandbox.anneal(["runs", "show", run])
        #expect(result.status == 65)
        #expect(result.output.contains("corrupt"), "\(result.output)")
        #expect(result.error.contains("corrupt") && result.error.contains(file.lastPathComponent), "\(result.error)")
    }
}
