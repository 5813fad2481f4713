import Evaluation
import Foundation
import Training

/// A `TrainingObserver` that keeps a trial's curves in memory, in the store's names: `lr` and `loss` every step,
/// `val_loss` and `val_accuracy` at each validation. Validation points carry the samples seen and the seconds since
/// the recorder was made, so cost to target can be apportioned by time.
///
/// Attach one per trainer (observers run on the training thread); read ``curves`` after `fit`.
public final class CurveRecorder: TrainingObserver {
    /// The curves so far.
    public private(set) var curves: [String: [MetricPoint]] = [:]
    /// The trainer's decisions so far (rate cuts, early stop), without checkpoints.
    public private(set) var events: [TrainingEvent] = []
    private let batchSize: Int
    private let start = DispatchTime.now().uptimeNanoseconds
    private let lossScale: Double

    /// Creates a recorder.
    /// - Parameters:
    ///   - batchSize: samples per step, for the samples of each point.
    ///   - lossScale: multiplies every loss (e.g. the squared target scale, for regression losses in target units).
    public init(batchSize: Int, lossScale: Double = 1) {
        self.batchSize = batchSize
        self.lossScale = lossScale
    }

    public func trainerDidStep(_ report: StepReport) {
        let samples = report.step * batchSize
        curves[TrialOutcome.Key.rate, default: []].append(
            MetricPoint(step: report.step, value: report.rate, samples: samples))
        curves[TrialOutcome.Key.loss, default: []].append(
            MetricPoint(step: report.step, value: report.loss * lossScale, samples: samples))
    }

    public func trainerDidValidate(_ report: ValidationReport) {
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let samples = report.step * batchSize
        curves[TrialOutcome.Key.validationLoss, default: []].append(
            MetricPoint(step: report.step, value: report.loss * lossScale, samples: samples, seconds: seconds))
        if let accuracy = report.accuracy {
            curves[TrialOutcome.Key.validationAccuracy, default: []].append(
                MetricPoint(step: report.step, value: accuracy, samples: samples, seconds: seconds))
        }
    }

    public func trainerDidRecord(_ event: TrainingEvent) {
        if event.kind != .checkpoint { events.append(event) }
    }

    /// The trial's outcome: these curves, the final validation metrics of `result`, and its cost.
    /// - Parameters:
    ///   - result: what `fit` returned.
    ///   - calibrationError: the validation ECE, if measured.
    ///   - runID: the store run, if recorded.
    public func outcome(result: TrainingResult, calibrationError: Double? = nil, runID: String? = nil)
        -> TrialOutcome
    {
        var metrics: [String: Double] = [:]
        if let validation = result.lastValidation {
            metrics[TrialOutcome.Key.validationLoss] = validation.loss * lossScale
            metrics[TrialOutcome.Key.validationAccuracy] = validation.accuracy
        }
        metrics[TrialOutcome.Key.calibrationError] = calibrationError
        if let training = result.trainingLoss { metrics["train_loss"] = training * lossScale }
        return TrialOutcome(curves: curves, finalMetrics: metrics, cost: result.cost, runID: runID)
    }
}
