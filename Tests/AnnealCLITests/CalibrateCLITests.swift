import Foundation
import Testing

/// `anneal evaluate --calibrate --save-calibrated`: temperature scaling fitted on held-out rows, through the binary.
@Suite struct CalibrateCLITests {
    /// A model trained on one generated file and a held-out file from another seed of the same generator.
    static func trained(_ generator: String, target: String = "label", steps: Int = 200) throws
        -> (folder: URL, train: URL, valid: URL, model: URL)
    {
        let folder = try AnnealProcess.temporaryFolder()
        let train = try TrainProcess.generate(generator, rows: 300, seed: 1, in: folder)
        let valid = try TrainProcess.generate(generator, rows: 200, seed: 2, in: folder)
        let model = folder.appendingPathComponent("model.annealmodel")
        let result = try AnnealProcess.run([
            "train", "--data", train.path, "--target", target, "--model", "mlp:16", "--optimizer", "adam:lr=0.05",
            "--steps", "\(steps)", "--out", model.path, "--no-store",
        ])
        guard result.status == 0 else { throw TrainProcess.Failure(message: result.error) }
        return (folder, train, valid, model)
    }

    /// `anneal predict --probabilities` as rows of (label, probabilities).
    static func predict(_ model: URL, _ data: URL) throws -> [(label: String, probabilities: [Double])] {
        let result = try AnnealProcess.run(["predict", "--model", model.path, "--data", data.path, "--probabilities"])
        guard result.status == 0 else { throw TrainProcess.Failure(message: result.error) }
        return result.output.split(separator: "\n").dropFirst().map { line in
            let fields = line.split(separator: ",").map(String.init)
            return (fields[0], fields.dropFirst().compactMap(Double.init))
        }
    }

    @Test(arguments: ["sea", "blobs"])
    func calibratedBundleChangesProbabilitiesNotLabels(_ generator: String) throws {
        let (folder, _, valid, model) = try Self.trained(generator)
        let calibrated = folder.appendingPathComponent("calibrated.annealmodel")
        let result = try AnnealProcess.run([
            "evaluate", "--model", model.path, "--data", valid.path, "--calibrate", "--save-calibrated",
            calibrated.path, "--format", "json",
        ])
        #expect(result.status == 0, "\(result.error)")
        let summary = try TrainProcess.json(result.output)
        let temperature = try #require(summary["temperature"] as? Double)
        #expect(temperature > 0 && temperature != 1)
        let before = try #require(summary["before"] as? [String: Any])
        let after = try #require(summary["after"] as? [String: Any])
        #expect(summary["accuracy_unchanged"] as? Bool == true)
        #expect(before["accuracy"] as? Double == after["accuracy"] as? Double)
        #expect(before["ece"] is Double && after["ece"] is Double)
        // The fitted temperature minimises the log loss, so it is no worse than T = 1.
        let lossBefore = try #require(summary["log_loss_before"] as? Double)
        let lossAfter = try #require(summary["log_loss_after"] as? Double)
        #expect(lossAfter <= lossBefore)
        let saved = try #require(summary["saved"] as? [String: Any])
        #expect(saved["label_changes"] as? Int == 0)
        #expect(try #require(saved["largest_probability_difference"] as? Double) < 1e-5)

        // anneal predict with the saved bundle: the same labels; probabilities softmax(log p / T) of the original's
        // (log p equals the logits up to a per-row constant, which softmax ignores).
        let original = try Self.predict(model, valid)
        let scaled = try Self.predict(calibrated, valid)
        #expect(original.count == 200 && scaled.count == 200)
        #expect(original.map(\.label) == scaled.map(\.label))
        var compared = 0
        for (first, second) in zip(original, scaled) where first.probabilities.allSatisfy({ $0 > 1e-3 }) {
            let powers = first.probabilities.map { exp(log($0) / temperature) }
            let total = powers.reduce(0, +)
            for (expected, actual) in zip(powers.map { $0 / total }, second.probabilities) {
                #expect(abs(expected - actual) < 1e-4, "\(first.probabilities) → \(second.probabilities)")
            }
            compared += 1
        }
        #expect(compared > 0)
        #expect(zip(original, scaled).contains { $0.probabilities != $1.probabilities })

        // anneal evaluate on the saved bundle measures the calibrated log loss.
        let evaluated = try TrainProcess.json(
            try AnnealProcess.run(["evaluate", "--model", calibrated.path, "--data", valid.path, "--format", "json"])
                .output)
        #expect(abs(try #require(evaluated["log_loss"] as? Double) - lossAfter) < 1e-5)

        // The bundle records its calibration; the original records none.
        let record = try #require(evaluated["model_calibration"] as? [String: Any])
        #expect(record["method"] as? String == "temperature_scaling")
        #expect(abs(try #require(record["temperature"] as? Double) - temperature) <= 1e-12 * temperature)
        #expect(record["rows"] as? Int == 200)
        #expect(record["data_source"] as? String == valid.path)
        #expect((record["data_sha256"] as? String)?.count == 64)
        #expect(abs(try #require(record["log_loss_after"] as? Double) - lossAfter) <= 1e-12)
        let plain = try TrainProcess.json(
            try AnnealProcess.run(["evaluate", "--model", model.path, "--data", valid.path, "--format", "json"]).output)
        #expect(plain["model_calibration"] is NSNull)
        let text = try AnnealProcess.run(["evaluate", "--model", calibrated.path, "--data", valid.path]).output
        #expect(text.contains("calibrated by temperature_scaling"), "\(text)")
    }

    @Test func textShowsEveryMetricBeforeAndAfterAndWarnsOnTrainingData() throws {
        let (_, train, valid, model) = try Self.trained("sea", steps: 60)
        let result = try AnnealProcess.run(["evaluate", "--model", model.path, "--data", valid.path, "--calibrate"])
        #expect(result.status == 0, "\(result.error)")
        for text in ["temperature", "before", "after", "ece", "log_loss", "accuracy unchanged"] {
            #expect(result.output.contains(text), "missing \(text): \(result.output)")
        }
        #expect(!result.error.contains("warning"))
        let onTraining = try AnnealProcess.run(["evaluate", "--model", model.path, "--data", train.path, "--calibrate"])
        #expect(onTraining.status == 0)
        #expect(onTraining.error.contains("the file the model was trained on"))
        let lines = try String(contentsOf: valid, encoding: .utf8).split(separator: "\n").prefix(6)
        let few = valid.deletingLastPathComponent().appendingPathComponent("few.csv")
        try lines.joined(separator: "\n").write(to: few, atomically: true, encoding: .utf8)
        let onFew = try AnnealProcess.run(["evaluate", "--model", model.path, "--data", few.path, "--calibrate"])
        #expect(onFew.status == 0, "\(onFew.error)")
        #expect(onFew.error.contains("fitted on 5 rows") && onFew.error.contains("unreliable"))
    }

    @Test func regressionModelsAndOverwritingTheModelAreRefused() throws {
        let folder = try AnnealProcess.temporaryFolder()
        let data = try TrainProcess.generate("friedman", rows: 200, in: folder)
        let model = folder.appendingPathComponent("friedman.annealmodel")
        let train = try AnnealProcess.run([
            "train", "--data", data.path, "--target", "y", "--steps", "20", "--out", model.path, "--no-store",
        ])
        #expect(train.status == 0, "\(train.error)")
        let regression = try AnnealProcess.run(["evaluate", "--model", model.path, "--data", data.path, "--calibrate"])
        #expect(regression.status == 65)
        #expect(regression.error.contains("regression") && regression.error.contains("drop --calibrate"))
        let overwrite = try AnnealProcess.run([
            "evaluate", "--model", model.path, "--data", data.path, "--save-calibrated", model.path,
        ])
        #expect(overwrite.status == 64)
        #expect(overwrite.error.contains("--save-calibrated") && overwrite.error.contains("new file"))
    }
}
