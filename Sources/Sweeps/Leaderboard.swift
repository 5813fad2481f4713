import Evaluation

/// The schedules of a comparison ranked by a final metric (validation loss by default), with their spread over
/// seeds, their cost and cost to target, and the verdict: a winner, or no significant difference.
///
/// Ranking: ``ConfigurationRanking`` by the mean over seeds, tying schedules whose t-intervals overlap. Winner:
/// the leader (best mean) wins when a paired t-test over the seeds both finished finds it better than every other
/// schedule, with Holm's correction for the several comparisons, at `1 − confidenceLevel`. Otherwise the verdict
/// is "no significant difference" and names the closest rival.
public struct Leaderboard: Sendable, Codable, Equatable {
    /// The compared final metric (`val_loss`).
    public let metric: String
    /// Whether lower or higher is better.
    public let goal: MetricGoal
    /// The confidence level of intervals and tests.
    public let confidenceLevel: Double
    /// The seeds of the grid.
    public let seeds: [UInt64]
    /// The target steps and cost were measured to, if any.
    public let target: ComparisonTarget?
    /// The price per CPU core-hour that money is computed at, if any.
    public let price: CorePrice?
    /// The schedules, best first (schedules with fewer than two finished seeds last).
    public let rows: [LeaderboardRow]
    /// The leader against every other schedule.
    public let comparisons: [PairwiseResult]
    /// The schedule that is significantly better than all others, or `nil`.
    public let winner: String?
    /// The verdict in one sentence.
    public let verdict: String

    /// Builds the leaderboard of a comparison.
    /// - Parameters:
    ///   - result: the trials.
    ///   - metric: the final metric to rank by.
    ///   - goal: whether lower or higher is better.
    ///   - target: a quality to measure steps and cost to.
    ///   - price: a price per CPU core-hour; rows then carry the money of whole trials and to the target.
    ///   - confidenceLevel: the level of intervals and tests, in (0, 1).
    /// - Throws: `SweepsError.Code.notEnoughTrials` when no trial finished with a finite `metric`;
    ///   `.invalidArgument` for a level outside (0, 1).
    public init(
        _ result: ScheduleComparisonResult, metric: String = TrialOutcome.Key.validationLoss,
        goal: MetricGoal = .minimize,
        target: ComparisonTarget? = nil, price: CorePrice? = nil, confidenceLevel: Double = 0.95
    ) throws {
        guard confidenceLevel > 0, confidenceLevel < 1 else {
            throw SweepsError(.invalidArgument, "confidence level \(confidenceLevel) is outside (0, 1); use e.g. 0.95")
        }
        let values = result.schedules.map { schedule in
            (schedule, result.trials(of: schedule).compactMap { $0.finalMetric(metric) })
        }
        guard values.contains(where: { !$0.1.isEmpty }) else {
            let failures = result.failures.prefix(2).compactMap(\.failure)
            throw SweepsError(
                .notEnoughTrials,
                "no trial finished with a finite \(metric)"
                    + (failures.isEmpty ? "" : " (\(failures.joined(separator: "; ")))")
                    + "; check the data and the schedules, or train longer")
        }
        let rankable = values.filter { $0.1.count >= 2 }.map { (name: $0.0, values: $0.1) }
        let ranking =
            rankable.isEmpty
            ? nil : try? ConfigurationRanking(results: rankable, goal: goal, confidenceLevel: confidenceLevel)
        let order =
            (ranking?.entries.map(\.name) ?? [])
            + result.schedules.filter { name in
                !(ranking?.entries.contains { $0.name == name } ?? false)
            }
        self.metric = metric
        self.goal = goal
        self.confidenceLevel = confidenceLevel
        self.seeds = result.seeds
        self.target = target
        self.price = price
        self.rows = order.map { name in
            Self.row(
                name, result: result, ranked: ranking?.entries.first { $0.name == name }, target: target,
                price: price, level: confidenceLevel)
        }
        let leader = ranking?.entries.first?.name
        self.comparisons =
            leader.map { Self.compare(leader: $0, result: result, metric: metric, goal: goal, level: confidenceLevel) }
            ?? []
        let others = result.schedules.count - 1
        if let leader, others > 0, comparisons.count == others, comparisons.allSatisfy(\.significant) {
            winner = leader
        } else {
            winner = nil
        }
        verdict = Self.verdict(
            winner: winner, leader: leader, comparisons: comparisons, metric: metric, level: confidenceLevel,
            schedules: result.schedules.count)
    }
}
