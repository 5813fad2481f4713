/// One cell of a comparison grid: a schedule trained with a seed.
public struct TrialSpec: Sendable, Hashable, Codable {
    /// The position of the trial in the grid (seed-major: every schedule of the first seed, then the next seed).
    public var index: Int
    /// The schedule's name, as given to the comparison.
    public var schedule: String
    /// The seed: weights, validation split and batch order follow it, so two schedules with the same seed start
    /// from the same point and see the same batches (their results pair up).
    public var seed: UInt64

    /// Creates a trial.
    public init(index: Int, schedule: String, seed: UInt64) {
        self.index = index
        self.schedule = schedule
        self.seed = seed
    }
}
