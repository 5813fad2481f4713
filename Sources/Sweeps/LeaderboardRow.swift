/// One schedule on a ``Leaderboard``: its rank and ties, its final metrics over seeds and what it cost.
public struct LeaderboardRow: Sendable, Codable, Equatable {
    /// The schedule's name.
    public let schedule: String
    /// Its rank by the compared metric (1 is best; tied schedules share a rank), `nil` with fewer than two
    /// finished seeds.
    public let rank: Int?
    /// Schedules whose confidence intervals overlap this one's (same rank).
    public let tiedWith: [String]
    /// Trials that finished.
    public let finished: Int
    /// Trials that failed.
    public let failed: Int
    /// Final validation loss over seeds.
    public let validationLoss: Estimate?
    /// Final validation accuracy over seeds (classification).
    public let validationAccuracy: Estimate?
    /// Expected calibration error on the validation data over seeds (classification).
    public let calibrationError: Estimate?
    /// Whole-trial wall-clock seconds over seeds.
    public let wallSeconds: Estimate?
    /// Whole-trial CPU seconds over seeds.
    public let cpuSeconds: Estimate?
    /// Whole-trial money over seeds (CPU core-hours × the price), when the leaderboard was given a price.
    public let money: Estimate?
    /// Steps and cost to the target, when one was given.
    public let target: TargetReach?
    /// The store runs of the finished trials, in seed order.
    public let runIDs: [String]

    enum CodingKeys: String, CodingKey {
        case schedule, rank, tiedWith, finished, failed, validationLoss, validationAccuracy, calibrationError
        case wallSeconds, cpuSeconds, money, target
        case runIDs = "runIds"
    }
}
