/// The gap between a run's train and validation curves, with an overfit / underfit / good-fit diagnosis.
///
/// Rule, with "worse" and "improve" read in the metric's ``MetricGoal`` direction and relative changes taken
/// against |reference| (1 when the reference is 0):
/// 1. **overfit** if the final validation value is worse than the best validation value by more than
///    `reboundTolerance` (default 5 %) while the train value kept improving after that best step, or if the
///    final validation value trails the final train value by more than `gapTolerance` (default 25 %);
/// 2. otherwise **underfit** if a `target` is given and the final train value does not reach it, or if the
///    train value still improved by more than `convergenceTolerance` (default 5 %) over the last quarter of
///    its steps (the model was still learning);
/// 3. otherwise **goodFit**.
public struct GeneralizationGap: Sendable, Equatable, Codable {
    /// The final train value.
    public let trainFinal: Double
    /// The final validation value.
    public let validationFinal: Double
    /// The best validation point.
    public let validationBest: MetricPoint
    /// How much worse validation is than train at the end (positive = validation worse), in metric units.
    public let gap: Double
    /// ``gap`` relative to |``trainFinal``|.
    public let relativeGap: Double
    /// The verdict.
    public let diagnosis: FitDiagnosis
    /// The verdict in words, with the numbers that triggered it.
    public let explanation: String

    /// Compares a train and a validation curve of the same metric.
    /// - Parameters:
    ///   - train: the metric on training data.
    ///   - validation: the metric on held-out data.
    ///   - goal: whether lower or higher is better (loss: `.minimize`).
    ///   - target: an optional value the train metric should reach.
    ///   - gapTolerance: the relative final gap above which the run is called overfit.
    ///   - reboundTolerance: the relative worsening of validation from its best that counts as overfit.
    ///   - convergenceTolerance: the relative improvement over the last quarter that counts as still learning.
    public init(
        train: MetricSeries, validation: MetricSeries, goal: MetricGoal = .minimize, target: Double? = nil,
        gapTolerance: Double = 0.25, reboundTolerance: Double = 0.05, convergenceTolerance: Double = 0.05
    ) {
        let sign = goal == .minimize ? 1.0 : -1.0
        func relative(_ change: Double, _ reference: Double) -> Double {
            change / (reference == 0 ? 1 : abs(reference))
        }
        trainFinal = train.final.value
        validationFinal = validation.final.value
        let best = validation.best(goal: goal)
        validationBest = best
        gap = sign * (validationFinal - trainFinal)
        relativeGap = relative(gap, trainFinal)
        let rebound = relative(sign * (validation.final.value - best.value), best.value)
        let trainAtBest = train.points.last { $0.step <= best.step } ?? train.points[0]
        let trainKeptImproving = goal.isBetter(train.final.value, than: trainAtBest.value)
        let quarterStart = train.final.step - (train.final.step - train.points[0].step) / 4
        let trainAtQuarter = train.points.last { $0.step <= quarterStart } ?? train.points[0]
        let lateImprovement = relative(sign * (trainAtQuarter.value - train.final.value), trainAtQuarter.value)
        func percent(_ x: Double) -> String { "\((x * 1000).rounded() / 10)%" }
        if rebound > reboundTolerance && trainKeptImproving {
            diagnosis = .overfit
            explanation =
                "overfit: validation is \(percent(rebound)) worse than its best (step \(best.step))"
                + " while training kept improving"
        } else if relativeGap > gapTolerance {
            diagnosis = .overfit
            explanation =
                "overfit: validation trails training by \(percent(relativeGap)) at the end"
                + " (more than \(percent(gapTolerance)))"
        } else if let target, !goal.reaches(trainFinal, target: target) {
            diagnosis = .underfit
            explanation = "underfit: the final train value \(trainFinal) does not reach the target \(target)"
        } else if lateImprovement > convergenceTolerance {
            diagnosis = .underfit
            explanation =
                "underfit: training still improved \(percent(lateImprovement)) over the last quarter of its steps;"
                + " train longer or with a larger learning rate"
        } else {
            diagnosis = .goodFit
            explanation =
                "good fit: final gap \(percent(relativeGap)), validation within \(percent(max(rebound, 0)))"
                + " of its best, training converged"
        }
    }
}
