import Evaluation
import Foundation
import Testing

@testable import Sweeps

/// Counts trials running at once, to check the `jobs` limit.
actor Concurrency {
    private(set) var running = 0
    private(set) var peak = 0
    func enter() {
        running += 1
        peak = max(peak, running)
    }
    func leave() { running -= 1 }
}

@Suite struct ScheduleComparisonTests {
    @Test func gridIsSeedMajorAndIndexed() throws {
        let comparison = try ScheduleComparison(schedules: ["a", "b"], seeds: [7, 8, 9], jobs: 2)
        let trials = comparison.trials
        #expect(trials.map(\.schedule) == ["a", "b", "a", "b", "a", "b"])
        #expect(trials.map(\.seed) == [7, 7, 8, 8, 9, 9])
        #expect(trials.map(\.index) == Array(0..<6))
    }

    @Test(arguments: [
        ([String](), [UInt64(1)], 1), (["a", "a"], [UInt64(1)], 1), (["a"], [UInt64](), 1), (["a"], [UInt64(1), 1], 1),
        (["a"], [UInt64(1)], 0),
    ])
    func invalidGridsAreRejected(schedules: [String], seeds: [UInt64], jobs: Int) {
        #expect(throws: SweepsError.self) { try ScheduleComparison(schedules: schedules, seeds: seeds, jobs: jobs) }
    }

    @Test func runsEveryTrialAtMostJobsAtOnceAndKeepsGridOrder() async throws {
        let comparison = try ScheduleComparison(schedules: ["a", "b", "c"], seeds: [0, 1, 2, 3], jobs: 2)
        let gauge = Concurrency()
        let result = await comparison.run { trial in
            await gauge.enter()
            try await Task.sleep(nanoseconds: UInt64(1 + (trial.index * 7) % 5) * 1_000_000)
            await gauge.leave()
            return TrialOutcome(finalMetrics: ["val_loss": Double(trial.index)])
        }
        #expect(result.trials.count == 12)
        #expect(result.trials.map(\.spec.index) == Array(0..<12))
        #expect(result.trials.map { $0.finalMetric("val_loss") } == (0..<12).map { Double($0) })
        let peak = await gauge.peak
        #expect(peak >= 1 && peak <= 2)
    }

    @Test func aFailingTrialIsRecordedAndTheOthersFinish() async throws {
        struct Boom: Error, CustomStringConvertible { var description: String { "diverged at step 3" } }
        let comparison = try ScheduleComparison(schedules: ["a", "b"], seeds: [0, 1], jobs: 3)
        let result = await comparison.run { trial in
            if trial.schedule == "b" && trial.seed == 1 { throw Boom() }
            return TrialOutcome(finalMetrics: ["val_loss": 1])
        }
        #expect(result.failures.count == 1)
        #expect(result.failures.first?.failure == "diverged at step 3")
        #expect(result.trials.filter { $0.outcome != nil }.count == 3)
    }

    @Test func finishedCallbackSeesEveryTrial() async throws {
        let comparison = try ScheduleComparison(schedules: ["a"], seeds: [0, 1, 2], jobs: 1)
        let seen = Seen()
        _ = await comparison.run({ _ in TrialOutcome() }, finished: { record in seen.add(record.spec.index) })
        #expect(seen.values.sorted() == [0, 1, 2])
    }
}

/// A thread-safe list for callbacks.
final class Seen: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Int] = []
    func add(_ value: Int) { lock.withLock { stored.append(value) } }
    var values: [Int] { lock.withLock { stored } }
}
