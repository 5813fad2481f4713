import Foundation

/// PyTorch `ReduceLROnPlateau` as an explicit state machine: cut the rate by `factor` when the metric stalls.
///
/// Timing equals PyTorch's: after `patience + 1` observations without improvement the rate is cut,
/// then `cooldown` observations are ignored.
public struct ReduceOnPlateau: ReactiveSchedule, Equatable {
    /// Whether a lower or a higher metric is better.
    public enum Mode: String, Sendable, Codable, CaseIterable {
        /// Lower is better (a loss).
        case min
        /// Higher is better (an accuracy).
        case max
    }

    /// How `threshold` defines a significant improvement.
    public enum ThresholdMode: String, Sendable, Codable, CaseIterable {
        /// Relative to the best value.
        case rel
        /// Absolute difference.
        case abs
    }

    /// The evolving part of the schedule; save it with a checkpoint.
    public struct State: Codable, Sendable, Equatable {
        /// The current rate.
        public var rate: Double
        /// Best metric so far (±infinity before the first observation, encoded as `null`).
        public var best: Double?
        /// Observations since the last improvement.
        public var badEpochs: Int
        /// Observations left in the cooldown.
        public var cooldownCounter: Int
        /// Observations so far.
        public var observations: Int
    }

    /// Initial rate.
    public let lr: Double
    /// Lower or higher is better.
    public let mode: Mode
    /// Multiplier applied at each cut.
    public let factor: Double
    /// Observations without improvement tolerated before a cut.
    public let patience: Int
    /// Minimum significant change.
    public let threshold: Double
    /// Relative or absolute threshold.
    public let thresholdMode: ThresholdMode
    /// Observations ignored after a cut.
    public let cooldown: Int
    /// Floor of the rate.
    public let minLR: Double
    /// A cut smaller than this is skipped.
    public let eps: Double
    /// The evolving state.
    public private(set) var state: State

    /// Creates a plateau schedule with PyTorch's defaults.
    public init(
        lr: Double, mode: Mode = .min, factor: Double = 0.1, patience: Int = 10, threshold: Double = 1e-4,
        thresholdMode: ThresholdMode = .rel, cooldown: Int = 0, minLR: Double = 0, eps: Double = 1e-8
    ) {
        self.lr = lr
        self.mode = mode
        self.factor = factor
        self.patience = patience
        self.threshold = threshold
        self.thresholdMode = thresholdMode
        self.cooldown = cooldown
        self.minLR = minLR
        self.eps = eps
        self.state = State(rate: lr, best: nil, badEpochs: 0, cooldownCounter: 0, observations: 0)
    }

    /// Whether `metric` improves on `best` by more than the threshold.
    ///
    /// Before the first improvement `best` is torch's `mode_worse` (±infinity), so an infinite or NaN first metric
    /// is not an improvement.
    func isBetter(_ metric: Double, than best: Double?) -> Bool {
        let best = best ?? (mode == .min ? Double.infinity : -Double.infinity)
        switch (mode, thresholdMode) {
        case (.min, .rel): return metric < best * (1 - threshold)
        case (.min, .abs): return metric < best - threshold
        case (.max, .rel): return metric > best * (threshold + 1)
        case (.max, .abs): return metric > best + threshold
        }
    }

    public func rate(at step: Int) -> Double { state.rate }

    public mutating func observe(_ metric: Double, at step: Int) {
        state.observations += 1
        if isBetter(metric, than: state.best) {
            state.best = metric
            state.badEpochs = 0
        } else {
            state.badEpochs += 1
        }
        if state.cooldownCounter > 0 {
            state.cooldownCounter -= 1
            state.badEpochs = 0
        }
        if state.badEpochs > patience {
            let cut = Swift.max(state.rate * factor, minLR)
            if state.rate - cut > eps { state.rate = cut }
            state.cooldownCounter = cooldown
            state.badEpochs = 0
        }
    }

    /// Whether the last observation cut the rate (for audit events).
    public func didCut(from previous: State) -> Bool { state.rate < previous.rate }

    public var facts: ScheduleFacts {
        ScheduleFacts(bounds: [RateBounds(lowName: "min_lr", low: minLR, highName: "lr", high: lr)])
    }

    public func encodedState() throws -> Data { try JSONEncoder().encode(state) }

    public mutating func restore(encodedState: Data) throws {
        let shown = String(decoding: encodedState.prefix(80), as: UTF8.self)
        let restored: State
        do {
            restored = try JSONDecoder().decode(State.self, from: encodedState)
        } catch {
            throw ScheduleError(
                .invalidState, field: "state", value: shown, message: "is not a reduce_on_plateau state (\(error))",
                fix: "restore from the checkpoint written by the same schedule")
        }
        guard restored.rate.isFinite, restored.rate >= 0, restored.badEpochs >= 0, restored.cooldownCounter >= 0,
            restored.observations >= 0
        else {
            throw ScheduleError(
                .invalidState, field: "state", value: shown,
                message: "has a negative or non-finite rate or counter",
                fix: "restore from the checkpoint written by the same schedule")
        }
        state = restored
    }
}
