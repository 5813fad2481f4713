import Foundation
import Sweeps

/// Prints one line on standard error as each trial of `anneal compare` ends.
final class TrialProgress: @unchecked Sendable {
    private let total: Int
    private let lock = NSLock()
    private var done = 0  // guarded by lock

    init(total: Int) { self.total = total }

    /// Reports a finished or failed trial.
    func report(_ record: TrialRecord) {
        let count = lock.withLock {
            done += 1
            return done
        }
        let name = "\(record.spec.schedule) seed \(record.spec.seed)"
        if let failure = record.failure {
            Terminal.standardError.write("[\(count)/\(total)] \(name) failed: \(failure)\n")
            return
        }
        let loss = record.finalMetric(TrialOutcome.Key.validationLoss).map { TrainingText.number($0) } ?? "n/a"
        let seconds = record.outcome.map { TrainingText.duration($0.cost.wallSeconds) } ?? ""
        Terminal.standardError.write("[\(count)/\(total)] \(name): valid loss \(loss) in \(seconds)\n")
    }
}
