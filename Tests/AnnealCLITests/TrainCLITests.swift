import Foundation
import Testing

/// End-to-end tests of `anneal train`, `predict` and `evaluate` through the built binary.
@Suite struct TrainCLITests {
    @Test func moonsWithAnMLPTrainsPredictsAndEvaluatesWellAboveChance() throws {
        let folder = try AnnealProcess.temporaryFolder()
        let data = try TrainProcess.generate("moons", in: folder)
        let model = folder.appendingPathComponent("moons.annealmodel")
        let train = try AnnealProcess.run([
            "train", "--data", data.path, "--target", "label", "--model", "mlp:16", "--optimizer", "adamw:lr=0.02",
            "--steps", "300", "--seed", "3", "--out", model.path, "--no-store", "--format", "json",
        ])
        #expect(train.status == 0, "\(train.error)")
        let summary = try TrainProcess.json(train.output)
        for key in [
            "steps", "epochs", "final_train_loss", "final_valid_loss", "valid_accuracy", "samples_per_second",
            "wall_seconds", "events", "model",
        ] {
            #expect(summary[key] != nil, "missing \(key)")
        }
        #expect(summary["steps"] as? Int == 300)
        #expect((summary["valid_accuracy"] as? Double ?? 0) > 0.85)
        #expect((summary["samples_per_second"] as? Double ?? 0) > 0)
        #expect(summary["model"] as? String == model.path)
        #expect(summary["valid_rmse"] == nil)

        let predict = try AnnealProcess.run(["predict", "--model", model.path, "--data", data.path, "--probabilities"])
        #expect(predict.status == 0, "\(predict.error)")
        let lines = predict.output.split(separator: "\n")
        #expect(lines.first == "prediction,p_0,p_1")
        #expect(lines.count == 601)
        let input = try String(contentsOf: data, encoding: .utf8).split(separator: "\n").dropFirst()
        var agree = 0
        for (row, line) in zip(input, lines.dropFirst()) {
            let fields = line.split(separator: ",")
            let p0 = Double(fields[1])!, p1 = Double(fields[2])!
            #expect(abs(p0 + p1 - 1) < 1e-5)
            #expect(fields[0] == (p1 > p0 ? "1" : "0"))
            if row.split(separator: ",").last == fields[0] { agree += 1 }
        }
        #expect(agree > 510, "rows in input order, mostly right")

        let evaluate = try AnnealProcess.run([
            "evaluate", "--model", model.path, "--data", data.path, "--target", "label", "--format", "json",
        ])
        #expect(evaluate.status == 0, "\(evaluate.error)")
        let metrics = try TrainProcess.json(evaluate.output)
        for key in ["accuracy", "log_loss", "balanced_accuracy", "macro_f1", "roc_auc", "ece", "brier"] {
            #expect(metrics[key] is Double, "missing \(key)")
        }
        #expect(metrics["accuracy"] as? Double == Double(agree) / 600)
        #expect((metrics["roc_auc"] as? Double ?? 0) > 0.9)
    }

    @Test func multiclassBlobsGetSoftmaxByDefaultAndLabelsBack() throws {
        let folder = try AnnealProcess.temporaryFolder()
        let data = try TrainProcess.generate("blobs", in: folder)
        let model = folder.appendingPathComponent("blobs.annealmodel")
        let train = try AnnealProcess.run([
            "train", "--data", data.path, "--target", "label", "--optimizer", "adam:lr=0.05", "--epochs", "5",
            "--out", model.path, "--no-store", "--format", "json",
        ])
        #expect(train.status == 0, "\(train.error)")
        let summary = try TrainProcess.json(train.output)
        #expect(summary["epochs"] as? Int == 5)
        #expect((summary["valid_accuracy"] as? Double ?? 0) > 0.8)
        let predict = try AnnealProcess.run(["predict", "--model", model.path, "--data", data.path])
        #expect(predict.status == 0, "\(predict.error)")
        let labels = Set(predict.output.split(separator: "\n").dropFirst())
        let truth = Set(try String(contentsOf: data, encoding: .utf8).split(separator: "\n").dropFirst().map {
            $0.split(separator: ",").last!
        })
        #expect(labels.isSubset(of: truth) && labels.count >= 3)
        let evaluate = try AnnealProcess.run(["evaluate", "--model", model.path, "--data", data.path])
        #expect(evaluate.status == 0, "\(evaluate.error)")
        #expect(evaluate.output.contains("multiclass, 600 rows"))
        #expect(evaluate.output.contains("roc_auc"))
    }

    @Test func friedmanRegressionReportsRMSEInTargetUnits() throws {
        let folder = try AnnealProcess.temporaryFolder()
        let data = try TrainProcess.generate("friedman", in: folder)
        let model = folder.appendingPathComponent("friedman.annealmodel")
        let predictions = folder.appendingPathComponent("predictions.csv")
        let train = try AnnealProcess.run([
            "train", "--data", data.path, "--target", "y", "--model", "mlp:32", "--optimizer", "adamw:lr=0.01",
            "--steps", "400", "--out", model.path, "--no-store", "--format", "json",
        ])
        #expect(train.status == 0, "\(train.error)")
        let summary = try TrainProcess.json(train.output)
        let rmse = try #require(summary["valid_rmse"] as? Double)
        #expect(summary["valid_accuracy"] == nil)
        let loss = try #require(summary["final_valid_loss"] as? Double)
        #expect(abs(rmse * rmse - loss) < 1e-9 * max(loss, 1))
        let predict = try AnnealProcess.run([
            "predict", "--model", model.path, "--data", data.path, "--out", predictions.path,
        ])
        #expect(predict.status == 0, "\(predict.error)")
        let values = try String(contentsOf: predictions, encoding: .utf8).split(separator: "\n")
        #expect(values.first == "prediction" && values.count == 601)
        let evaluate = try AnnealProcess.run(["evaluate", "--model", model.path, "--data", data.path, "--format", "json"])
        #expect(evaluate.status == 0, "\(evaluate.error)")
        let metrics = try TrainProcess.json(evaluate.output)
        // Friedman #1 targets have a standard deviation near 5; a model that learned something beats that clearly.
        #expect((metrics["rmse"] as? Double ?? 99) < 3.5)
        #expect((metrics["r2"] as? Double ?? 0) > 0.5)
    }
}
