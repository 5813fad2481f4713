import Evaluation
import Tensors

extension Trainer {
    /// Rows per forward pass during validation.
    static let validationBatch = 1024

    /// The mean loss and (for classification losses) the accuracy of the model on `data`, in evaluation mode.
    /// - Throws: `TrainingError` when the data does not fit the model or the loss.
    public mutating func evaluate(_ data: TrainingData) throws -> (loss: Double, accuracy: Double?) {
        guard data.count > 0 else {
            throw TrainingError(.invalidValue, "the validation data is empty; give at least one sample")
        }
        optimizer.setMode(.evaluation, parameters: &model.parameters)
        defer { optimizer.setMode(.training, parameters: &model.parameters) }
        var total = 0.0
        var labels: [Int] = []
        var predictions: [Int] = []
        var features = Matrix(rows: 0, columns: 0)
        var targets = Matrix(rows: 0, columns: 0)
        var start = 0
        while start < data.count {
            let end = min(start + Self.validationBatch, data.count)
            try data.gather(Array(start..<end)[...], features: &features, targets: &targets)
            let output = try model.predict(features)
            total += try loss.value(output: output, targets: targets) * Double(end - start)
            Self.classify(output: output, targets: targets, loss: loss.name, labels: &labels, predictions: &predictions)
            start = end
        }
        let accuracy =
            labels.isEmpty ? nil : try ClassificationMetrics.accuracy(labels: labels, predictions: predictions)
        return (total / Double(data.count), accuracy)
    }

    /// Appends class labels and predicted classes for cross-entropy (argmax) and single-logit BCE (logit > 0).
    static func classify(output: Matrix, targets: Matrix, loss: String, labels: inout [Int], predictions: inout [Int]) {
        switch loss {
        case "cross_entropy" where targets.columns == 1:
            for r in 0..<output.rows {
                let row = output.row(r)
                var best = row.startIndex
                for i in row.indices where row[i] > row[best] { best = i }
                predictions.append(best - row.startIndex)
                labels.append(Int(targets[r, 0]))
            }
        case "bce_with_logits" where output.columns == 1:
            for r in 0..<output.rows {
                predictions.append(output[r, 0] > 0 ? 1 : 0)
                labels.append(targets[r, 0] > 0.5 ? 1 : 0)
            }
        default: break
        }
    }

    /// Validates, feeds the monitored metric to a reactive schedule and early stopping, and tells the observers.
    /// - Returns: `true` when early stopping fires.
    mutating func validate(on data: TrainingData) throws -> Bool {
        let (lossValue, accuracy) = try evaluate(data)
        let monitored: Double
        switch configuration.monitor {
        case .validationLoss: monitored = lossValue
        case .validationAccuracy:
            guard let accuracy else {
                throw TrainingError(
                    .invalidValue,
                    "monitor=val_accuracy needs a classification loss (cross_entropy or "
                        + "bce_with_logits with one output); monitor val_loss instead")
            }
            monitored = accuracy
        }
        let report = ValidationReport(step: step, loss: lossValue, accuracy: accuracy, monitored: monitored)
        lastValidation = report
        let goal: MetricGoal = configuration.monitor == .validationLoss ? .minimize : .maximize
        if bestMonitored.value.map({ goal.isBetter(monitored, than: $0) }) ?? true {
            bestMonitored = (monitored, step)
        }
        for observer in observers { observer.trainerDidValidate(report) }
        if var schedule = reactiveSchedule, step > 0 {
            let multiplier = divergenceGuard?.rateMultiplier ?? 1
            let before = schedule.rate(at: step)
            schedule.observe(monitored, at: step - 1)
            reactiveSchedule = schedule
            let after = schedule.rate(at: step)
            if after < before {
                record(
                    TrainingEvent(
                        kind: .plateauCut, step: step, oldRate: before * multiplier, newRate: after * multiplier,
                        reason: "\(configuration.monitor.rawValue) \(monitored) did not improve"))
            }
        }
        if var rule = earlyStopping {
            let stop = rule.observe(monitored, at: step)
            earlyStopping = rule
            if stop {
                record(
                    TrainingEvent(
                        kind: .earlyStop, step: step,
                        reason: "\(configuration.monitor.rawValue) did not improve by more than \(rule.minDelta) for "
                            + "\(rule.patience) validations (best \(rule.best ?? .nan) at step \(rule.bestStep ?? 0))"))
                return true
            }
        }
        return false
    }
}
