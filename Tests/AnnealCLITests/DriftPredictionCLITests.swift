import Foundation
import Testing

/// End-to-end tests of `anneal drift --model`: prediction drift on small generated data. A model trained on the
/// concept "hi when x1 ≥ 0.5" (or y = 2·x1 for regression) sees current data of the same distribution (its
/// outputs do not drift) and data whose x1 moved up (its outputs drift).
@Suite struct DriftPredictionCLITests {
    /// `rows` rows of `x1,x2,label` (or `x1,x2,y`): x1 and x2 spread evenly over [0, 1), x1 squeezed into
    /// [lift, 1) when `lift` > 0.
    static func rows(_ rows: Int, offset: Double, lift: Double = 0, regression: Bool = false) -> String {
        var text = regression ? "x1,x2,y\n" : "x1,x2,label\n"
        for i in 0..<rows {
            let x1 = lift + (1 - lift) * DriftFiles.evenlySpread(i, offset: offset)
            let x2 = DriftFiles.evenlySpread(i + 7919, offset: offset + 0.3)
            text += "\(x1),\(x2),\(regression ? "\(2 * x1)" : (x1 >= 0.5 ? "hi" : "lo"))\n"
        }
        return text
    }

    /// A trained model, a reference file, a same-distribution current file and a shifted one.
    static func setUp(regression: Bool = false) throws -> (
        model: String, reference: String, same: String, moved: String
    ) {
        let folder = try AnnealProcess.temporaryFolder()
        let train = try DriftFiles.write(Self.rows(400, offset: 0.05, regression: regression), "train.csv", in: folder)
        let model = folder.appendingPathComponent("concept.annealmodel").path
        let trained = try AnnealProcess.run([
            "train", "--data", train, "--target", regression ? "y" : "label", "--steps", "600", "--optimizer",
            "adam:lr=0.1", "--out", model, "--no-store",
        ])
        guard trained.status == 0 else { throw TrainProcess.Failure(message: trained.error) }
        let reference = try DriftFiles.write(
            Self.rows(300, offset: 0, regression: regression), "reference.csv", in: folder)
        let same = try DriftFiles.write(Self.rows(300, offset: 0.41, regression: regression), "same.csv", in: folder)
        let moved = try DriftFiles.write(
            Self.rows(300, offset: 0.41, lift: 0.6, regression: regression), "moved.csv", in: folder)
        return (model, reference, same, moved)
    }

    static func drift(_ model: String, _ reference: String, _ current: String, _ extra: [String] = []) throws
        -> [String: Any]
    {
        let result = try AnnealProcess.run(
            ["drift", "--reference", reference, "--current", current, "--model", model, "--format", "json"] + extra)
        #expect(result.status == 0, "\(result.error)")
        return try DriftFiles.object(result.output)
    }

    static func prediction(_ object: [String: Any]) -> [String: [String: Any]] {
        let rows = object["prediction"] as? [[String: Any]] ?? []
        return Dictionary(uniqueKeysWithValues: rows.map { ($0["column"] as? String ?? "", $0) })
    }

    @Test func classifierOutputsDriftOnShiftedDataAndNotOnTheSameDistribution() throws {
        let (model, reference, same, moved) = try Self.setUp()
        let steady = try Self.drift(model, reference, same, ["--target", "label"])
        let steadyOutputs = Self.prediction(steady)
        #expect(Set(steadyOutputs.keys) == ["prediction", "p_hi", "p_lo"])
        for (name, row) in steadyOutputs {
            #expect(row["drifted"] as? Bool == false, "\(name): \(row)")
            #expect(Set(row.keys) == ["column", "test", "statistic", "p_value", "threshold", "drifted"])
        }
        // The predicted class is a category (z-test: two classes), the probabilities numbers (ks).
        #expect(steadyOutputs["prediction"]?["test"] as? String == "z_test")
        #expect(steadyOutputs["p_hi"]?["test"] as? String == "ks")
        // Outputs are not features: drift_share counts x1 and x2 only.
        #expect((steady["columns"] as? [[String: Any]])?.count == 2)

        let shifted = Self.prediction(try Self.drift(model, reference, moved, ["--target", "label"]))
        #expect(shifted["prediction"]?["drifted"] as? Bool == true)
        #expect(shifted["p_hi"]?["drifted"] as? Bool == true)
        #expect(shifted["p_lo"]?["drifted"] as? Bool == true)
    }

    @Test func regressionOutputIsOneNumericColumn() throws {
        let (model, reference, same, moved) = try Self.setUp(regression: true)
        let steady = Self.prediction(try Self.drift(model, reference, same, ["--ignore", "y"]))
        #expect(Set(steady.keys) == ["prediction"])
        #expect(steady["prediction"]?["test"] as? String == "ks")
        #expect(steady["prediction"]?["drifted"] as? Bool == false)
        let shifted = Self.prediction(try Self.drift(model, reference, moved, ["--ignore", "y"]))
        #expect(shifted["prediction"]?["drifted"] as? Bool == true)
    }

    @Test func textAndHTMLShowThePredictionsApart() throws {
        let (model, reference, _, moved) = try Self.setUp()
        let page = (reference as NSString).deletingLastPathComponent + "/drift.html"
        let result = try AnnealProcess.run([
            "drift", "--reference", reference, "--current", moved, "--model", model, "--target", "label",
            "--out", page,
        ])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("prediction (the model's outputs, not counted in drift_share):"))
        #expect(result.output.contains("predictions drifted (prediction"))
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.contains("Prediction distributions"))
        #expect(html.contains("p_hi"))
        // Without --model the JSON still has the key, as null.
        let plain = try AnnealProcess.run(["drift", "--reference", reference, "--current", moved, "--format", "json"])
        #expect(try DriftFiles.object(plain.output)["prediction"] is NSNull)
    }

    @Test func modelNeedsAReferenceDataFileAndAnExistingBundle() throws {
        let (model, reference, same, _) = try Self.setUp()
        let folder = (reference as NSString).deletingLastPathComponent
        let profile = folder + "/reference.json"
        let saved = try AnnealProcess.run(["drift", "profile", reference, "--out", profile])
        #expect(saved.status == 0, "\(saved.error)")
        let fromProfile = try AnnealProcess.run([
            "drift", "--reference", profile, "--current", same, "--model", model,
        ])
        #expect(fromProfile.status == 64)
        #expect(fromProfile.error.contains("--model needs --reference to be a data file"))
        let missing = try AnnealProcess.run([
            "drift", "--reference", reference, "--current", same, "--model", folder + "/nope.annealmodel",
        ])
        #expect(missing.status == 66)
        #expect(missing.error.contains("nope.annealmodel"))
    }

    @Test func helpDescribesPredictionDrift() throws {
        let help = try AnnealProcess.run(["drift", "compare", "--help"])
        let flat = help.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("--model"))
        #expect(flat.contains("p_<label>"))
        #expect(!flat.contains("not available yet"))
    }
}
