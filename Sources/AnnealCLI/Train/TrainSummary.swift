import Foundation
import Training

/// What `anneal train` reports at the end, as text or as one JSON object.
///
/// Losses are in the target's units: for regression the trainer works on a standardised target and the mean
/// squared errors are scaled back, so `valid_rmse` is in the target's units. `samples_per_second` covers the
/// training loop only; `wall_seconds` the whole command (reading, encoding, training, writing).
struct TrainSummary: Encodable {
    /// One trainer decision, as JSON.
    struct Event: Encodable {
        let kind: String
        let step: Int
        let oldRate: Double?
        let newRate: Double?
        let reason: String

        enum CodingKeys: String, CodingKey { case kind, step, oldRate = "old_rate", newRate = "new_rate", reason }
    }

    let task: String
    let ending: String
    let steps: Int
    let epochs: Int
    let finalTrainLoss: Double?
    let finalValidLoss: Double?
    let validAccuracy: Double?
    let validRMSE: Double?
    let samplesPerSecond: Double?
    let wallSeconds: Double
    let events: [Event]
    let model: String
    let checkpoint: String?
    let runID: String?

    enum CodingKeys: String, CodingKey {
        case task, ending, steps, epochs, finalTrainLoss = "final_train_loss", finalValidLoss = "final_valid_loss"
        case validAccuracy = "valid_accuracy", validRMSE = "valid_rmse", samplesPerSecond = "samples_per_second"
        case wallSeconds = "wall_seconds", events, model, checkpoint, runID = "run_id"
    }

    /// Summarises a finished run.
    init(
        result: TrainingResult, setup: TrainingSetup, batchSize: Int, wallSeconds: Double, model: String, runID: String?
    ) {
        let inUnits = { (loss: Double) in setup.scaling?.squaredErrorInTargetUnits(loss) ?? loss }
        let validLoss = result.lastValidation.map { inUnits($0.loss) }
        task = setup.target.task.rawValue
        ending = result.ending.rawValue
        steps = result.steps
        // Whole passes done: the sampler counts an epoch only when the next one starts.
        let perEpoch = max(1, (setup.training.count + batchSize - 1) / batchSize)
        epochs = result.steps / perEpoch
        finalTrainLoss = result.trainingLoss.map(inUnits)
        finalValidLoss = validLoss
        validAccuracy = setup.target.task.isClassification ? result.lastValidation?.accuracy : nil
        validRMSE = setup.target.task == .regression ? validLoss?.squareRoot() : nil
        samplesPerSecond =
            result.cost.wallSeconds > 0 ? Double(result.cost.samples) / result.cost.wallSeconds : nil
        self.wallSeconds = wallSeconds
        events = result.events.filter { $0.kind != .checkpoint }.map {
            Event(kind: $0.kind.rawValue, step: $0.step, oldRate: $0.oldRate, newRate: $0.newRate, reason: $0.reason)
        }
        self.model = model
        checkpoint = result.lastCheckpointPath
        self.runID = runID
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(task, forKey: .task)
        try container.encode(ending, forKey: .ending)
        try container.encode(steps, forKey: .steps)
        try container.encode(epochs, forKey: .epochs)
        try container.encode(Self.finite(finalTrainLoss), forKey: .finalTrainLoss)
        try container.encode(Self.finite(finalValidLoss), forKey: .finalValidLoss)
        if task == "regression" {
            try container.encode(Self.finite(validRMSE), forKey: .validRMSE)
        } else {
            try container.encode(Self.finite(validAccuracy), forKey: .validAccuracy)
        }
        try container.encode(Self.finite(samplesPerSecond), forKey: .samplesPerSecond)
        try container.encode(wallSeconds, forKey: .wallSeconds)
        try container.encode(events, forKey: .events)
        try container.encode(model, forKey: .model)
        try container.encode(checkpoint, forKey: .checkpoint)
        try container.encode(runID, forKey: .runID)
    }

    /// The metrics stored with the run at its end.
    var finalMetrics: [String: Double] {
        var metrics: [String: Double] = [:]
        metrics["final_train_loss"] = finalTrainLoss
        metrics["final_valid_loss"] = finalValidLoss
        metrics["valid_accuracy"] = validAccuracy
        metrics["valid_rmse"] = validRMSE
        metrics["samples_per_second"] = samplesPerSecond
        return metrics
    }

    /// One JSON object on one line.
    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// Readable lines.
    var text: String {
        var lines = [
            "trained \(steps) steps (\(epochs) epochs) in \(TrainingText.duration(wallSeconds)), "
                + "\(TrainingText.throughput(samplesPerSecond ?? .nan)) samples/s"
        ]
        var metrics = "final train loss \(TrainingText.number(finalTrainLoss))"
        if finalValidLoss != nil { metrics += "  valid loss \(TrainingText.number(finalValidLoss))" }
        if let validAccuracy { metrics += "  valid accuracy \(TrainingText.number(validAccuracy))" }
        if let validRMSE { metrics += "  valid rmse \(TrainingText.number(validRMSE))" }
        lines.append(metrics)
        if !events.isEmpty {
            lines.append("events: " + events.map { "\($0.kind) at step \($0.step)" }.joined(separator: ", "))
        }
        lines.append("model written to \(model)")
        return lines.joined(separator: "\n")
    }

    /// `nil` for NaN and infinities (JSON has no spelling for them).
    private static func finite(_ value: Double?) -> Double? { value.flatMap { $0.isFinite ? $0 : nil } }
}
