/// Trains every schedule with every seed (in parallel, up to `jobs` trials at a time) through a closure that runs
/// one trial, and collects the outcomes for a ``Leaderboard``.
///
/// The closure keeps the library free of any particular trainer: the CLI trains real models and records runs in a
/// store; tests pass a fast fake.
/// ```swift
/// let comparison = try ScheduleComparison(schedules: ["cosine", "step"], seeds: [0, 1, 2], jobs: 2)
/// let result = await comparison.run { trial in try await train(trial.schedule, seed: trial.seed) }
/// let board = try Leaderboard(result, target: ComparisonTarget(parsing: "valid_loss<=0.3"))
/// ```
public struct ScheduleComparison: Sendable {
    /// The schedules' names, in the order they were given.
    public let schedules: [String]
    /// The seeds every schedule is trained with.
    public let seeds: [UInt64]
    /// The most trials running at once.
    public let jobs: Int

    /// Creates a comparison grid.
    /// - Parameters:
    ///   - schedules: unique names, at least one.
    ///   - seeds: unique seeds, at least one (two or more for intervals and tests).
    ///   - jobs: the most trials at once, at least 1.
    /// - Throws: `SweepsError.Code.invalidArgument` naming the bad argument.
    public init(schedules: [String], seeds: [UInt64], jobs: Int) throws {
        guard !schedules.isEmpty else {
            throw SweepsError(.invalidArgument, "no schedules to compare; give at least one")
        }
        if let repeated = Self.firstRepeat(schedules) {
            throw SweepsError(.invalidArgument, "schedule '\(repeated)' is given twice; give each schedule once")
        }
        guard !seeds.isEmpty else { throw SweepsError(.invalidArgument, "no seeds; give at least one") }
        if let repeated = Self.firstRepeat(seeds) {
            throw SweepsError(.invalidArgument, "seed \(repeated) is given twice; give distinct seeds")
        }
        guard jobs >= 1 else { throw SweepsError(.invalidArgument, "jobs is \(jobs); give at least 1") }
        self.schedules = schedules
        self.seeds = seeds
        self.jobs = jobs
    }

    /// Every trial, seed-major: all schedules with the first seed, then with the next, so an interrupted
    /// comparison still has paired results.
    public var trials: [TrialSpec] {
        seeds.enumerated().flatMap { seedIndex, seed in
            schedules.enumerated().map { scheduleIndex, schedule in
                TrialSpec(index: seedIndex * schedules.count + scheduleIndex, schedule: schedule, seed: seed)
            }
        }
    }

    /// Runs every trial, at most `jobs` at once. A trial that throws is recorded as failed; the others go on.
    /// Cancelling the calling task starts no further trials.
    /// - Parameters:
    ///   - trial: trains one schedule with one seed.
    ///   - finished: called as each trial ends (in completion order), e.g. for progress lines.
    /// - Returns: every started trial's record, in grid order.
    public func run(
        _ trial: @escaping @Sendable (TrialSpec) async throws -> TrialOutcome,
        finished: (@Sendable (TrialRecord) -> Void)? = nil
    ) async -> ScheduleComparisonResult {
        let grid = trials
        var records: [TrialRecord?] = Array(repeating: nil, count: grid.count)
        await withTaskGroup(of: TrialRecord.self) { group in
            var next = 0
            func start() {
                let spec = grid[next]
                next += 1
                group.addTask {
                    do {
                        return TrialRecord(spec: spec, outcome: try await trial(spec))
                    } catch {
                        return TrialRecord(spec: spec, failure: "\(error)")
                    }
                }
            }
            while next < min(jobs, grid.count) { start() }
            for await record in group {
                records[record.spec.index] = record
                finished?(record)
                if next < grid.count && !Task.isCancelled { start() }
            }
        }
        return ScheduleComparisonResult(schedules: schedules, seeds: seeds, trials: records.compactMap { $0 })
    }

    private static func firstRepeat<T: Hashable>(_ values: [T]) -> T? {
        var seen = Set<T>()
        return values.first { !seen.insert($0).inserted }
    }
}
