import Evaluation
import Foundation
import Tensors
import Training

/// The calibration of a trained classifier on validation data: top-label reliability bins and their ECE, from the
/// model's probabilities (softmax of cross-entropy logits, sigmoid of a single BCE logit).
public enum ValidationCalibration {
    /// The reliability diagram of `trainer`'s model on `data` (schedule-free optimizers: at their averaged point),
    /// or `nil` for a loss that gives no class probabilities (regression) or a model that outputs non-finite values.
    /// - Parameters:
    ///   - trainer: a trained trainer.
    ///   - data: validation samples with class indices (cross-entropy) or 0/1 targets (BCE) as targets.
    ///   - binCount: equal-width bins.
    /// - Throws: `TrainingError` when the data does not fit the model.
    public static func diagram(of trainer: Trainer, on data: TrainingData, binCount: Int = Calibration.defaultBinCount)
        throws -> Evaluation.ReliabilityDiagram?
    {
        guard data.count > 0 else { return nil }
        var model = trainer.model
        var optimizer = trainer.optimizer
        optimizer.setMode(.evaluation, parameters: &model.parameters)
        let logits = try model.predict(data.features)
        var rows: [Double] = []
        var labels: [Int] = []
        switch trainer.loss.name {
        case "cross_entropy" where data.targets.columns == 1 && logits.columns >= 2:
            rows.reserveCapacity(logits.rows * logits.columns)
            for r in 0..<logits.rows {
                let row = (0..<logits.columns).map { Double(logits[r, $0]) }
                let top = row.max() ?? 0
                let exps = row.map { Foundation.exp($0 - top) }
                let total = exps.reduce(0, +)
                rows.append(contentsOf: exps.map { $0 / total })
                labels.append(Int(data.targets[r, 0]))
            }
        case "bce_with_logits" where logits.columns == 1:
            for r in 0..<logits.rows {
                let p = 1 / (1 + Foundation.exp(-Double(logits[r, 0])))
                rows.append(contentsOf: [1 - p, p])
                labels.append(data.targets[r, 0] > 0.5 ? 1 : 0)
            }
        default:
            return nil
        }
        guard rows.allSatisfy(\.isFinite) else { return nil }
        let classes = rows.count / max(labels.count, 1)
        let probabilities = try ClassProbabilities(rowMajor: rows, classCount: classes)
        return try Calibration.reliabilityDiagram(labels: labels, probabilities: probabilities, binCount: binCount)
    }
}
