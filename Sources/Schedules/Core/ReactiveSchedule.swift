import Foundation

/// A schedule that reacts to a measured metric, such as a plateau cut.
///
/// Its state is explicit and `Codable`, so a run resumes exactly: save `encodedState()` with the
/// checkpoint and `restore(encodedState:)` on resume.
public protocol ReactiveSchedule: Sendable {
    /// The rate for update `step + 1`, given the metrics observed so far.
    func rate(at step: Int) -> Double

    /// Feeds the metric measured after the update that used `rate(at: step)`.
    ///
    /// Equals PyTorch's `scheduler.step(metric)`.
    mutating func observe(_ metric: Double, at step: Int)

    /// What lint needs to know about the schedule.
    var facts: ScheduleFacts { get }

    /// The reactive state as JSON.
    func encodedState() throws -> Data

    /// Restores the state written by `encodedState()`.
    /// - Throws: `ScheduleError` when the data is not a state of this schedule.
    mutating func restore(encodedState: Data) throws
}

extension ReactiveSchedule {
    public var facts: ScheduleFacts { ScheduleFacts() }
}
