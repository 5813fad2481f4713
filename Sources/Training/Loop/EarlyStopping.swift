import Evaluation

/// Stops training when the monitored validation metric has not improved for `patience` validations in a row.
///
/// An improvement must beat the best value by more than `minDelta` (Keras' `EarlyStopping(min_delta, patience)`):
/// for a metric to minimise, `value < best − minDelta`.
public struct EarlyStopping: Sendable, Hashable, Codable {
    /// Validations without improvement tolerated.
    public let patience: Int
    /// The smallest change that counts as an improvement.
    public let minDelta: Double
    /// Whether lower or higher is better.
    public let goal: MetricGoal
    /// The best value so far.
    public private(set) var best: Double?
    /// The step of the best value.
    public private(set) var bestStep: Int?
    /// Validations since the last improvement.
    public private(set) var badValidations = 0

    /// Creates a rule.
    /// - Throws: `TrainingError.Code.invalidValue` for a patience below 1 or a negative delta.
    public init(patience: Int, minDelta: Double = 0, goal: MetricGoal = .minimize) throws {
        guard patience >= 1 else {
            throw TrainingError.invalid("early_stopping.patience", patience, allowed: "1 or more")
        }
        guard minDelta >= 0, minDelta.isFinite else {
            throw TrainingError.invalid("early_stopping.min_delta", minDelta, allowed: "a finite number, 0 or more")
        }
        self.patience = patience
        self.minDelta = minDelta
        self.goal = goal
    }

    /// Records a validation; returns `true` when training should stop.
    public mutating func observe(_ value: Double, at step: Int) -> Bool {
        let improved: Bool
        if let best {
            improved = goal == .minimize ? value < best - minDelta : value > best + minDelta
        } else {
            improved = !value.isNaN
        }
        if improved {
            best = value
            bestStep = step
            badValidations = 0
            return false
        }
        badValidations += 1
        return badValidations >= patience
    }
}
