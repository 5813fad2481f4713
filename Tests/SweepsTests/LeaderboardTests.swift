import Evaluation
import Foundation
import Testing

@testable import Sweeps

@Suite struct LeaderboardTests {
    /// A result whose final validation losses are given per schedule, one per seed.
    static func result(_ losses: [(String, [Double])], seeds: [UInt64]? = nil) -> ScheduleComparisonResult {
        let seeds = seeds ?? (0..<UInt64(losses[0].1.count)).map { $0 }
        var trials: [TrialRecord] = []
        for (s, seed) in seeds.enumerated() {
            for (k, (name, values)) in losses.enumerated() {
                let spec = TrialSpec(index: s * losses.count + k, schedule: name, seed: seed)
                trials.append(TrialRecord(spec: spec, outcome: TrialOutcome(finalMetrics: ["val_loss": values[s]])))
            }
        }
        return ScheduleComparisonResult(schedules: losses.map(\.0), seeds: seeds, trials: trials)
    }

    @Test func aConsistentlyBetterScheduleWins() throws {
        let board = try Leaderboard(
            Self.result([("step", [0.50, 0.52, 0.47, 0.55, 0.49]), ("cosine", [0.40, 0.43, 0.36, 0.46, 0.40])]))
        #expect(board.winner == "cosine")
        #expect(board.rows.map(\.schedule) == ["cosine", "step"])
        let comparison = try #require(board.comparisons.first)
        // The same numbers through Evaluation's paired test (one comparison: Holm leaves p unchanged).
        let paired = try PairedComparison([0.40, 0.43, 0.36, 0.46, 0.40], [0.50, 0.52, 0.47, 0.55, 0.49])
        #expect(comparison.tTestPValue == paired.tTest?.pValue)
        #expect(comparison.adjustedPValue == paired.tTest?.pValue)
        #expect(abs((comparison.meanDifference ?? 0) - paired.meanDifference) < 1e-15)
        #expect(board.verdict.hasPrefix("cosine wins"))
    }

    @Test func noisyEqualSchedulesGiveNoSignificantDifference() throws {
        let board = try Leaderboard(
            Self.result([("a", [0.50, 0.40, 0.47, 0.41, 0.49]), ("b", [0.44, 0.49, 0.42, 0.50, 0.43])]))
        #expect(board.winner == nil)
        #expect(board.verdict.hasPrefix("no significant difference at 95%"))
        // Overlapping intervals: the ranking ties them.
        #expect(board.rows.allSatisfy { $0.rank == 1 })
        #expect(board.rows[0].tiedWith == [board.rows[1].schedule])
    }

    @Test func leaderMustBeatEveryOtherSchedule() throws {
        // "a" beats "c" clearly but not "b".
        let board = try Leaderboard(
            Self.result([
                ("a", [0.30, 0.32, 0.29, 0.33, 0.31]), ("b", [0.31, 0.31, 0.30, 0.32, 0.33]),
                ("c", [0.60, 0.62, 0.59, 0.61, 0.63]),
            ]))
        #expect(board.winner == nil)
        #expect(board.comparisons.first { $0.other == "c" }?.significant == true)
        #expect(board.comparisons.first { $0.other == "b" }?.significant == false)
    }

    @Test func holmAdjustmentFollowsItsDefinition() {
        // Sorted p: 0.01, 0.03, 0.04 → min(1, 3·0.01), max(prev, 2·0.03), max(prev, 1·0.04).
        let adjusted = Leaderboard.holm([0.04, 0.01, nil, 0.03])
        #expect(adjusted[0] == 0.06)
        #expect(abs((adjusted[1] ?? 0) - 0.03) < 1e-15)
        #expect(adjusted[2] == nil)
        #expect(abs((adjusted[3] ?? 0) - 0.06) < 1e-15)
    }

    @Test func oneSeedGivesMeansWithoutRanksOrTests() throws {
        let board = try Leaderboard(Self.result([("a", [0.3]), ("b", [0.4])]))
        #expect(board.rows.allSatisfy { $0.rank == nil })
        #expect(board.rows.first { $0.schedule == "a" }?.validationLoss?.mean == 0.3)
        #expect(board.rows.first?.validationLoss?.lower == nil)
        #expect(board.winner == nil)
        #expect(board.comparisons.isEmpty)
    }

    @Test func failedAndNonFiniteTrialsAreCountedNotLost() throws {
        var result = Self.result([("a", [0.3, 0.31, 0.29]), ("b", [0.5, .nan, 0.52])])
        var trials = result.trials
        trials[0] = TrialRecord(spec: trials[0].spec, failure: "data error")
        result = ScheduleComparisonResult(schedules: result.schedules, seeds: result.seeds, trials: trials)
        let board = try Leaderboard(result)
        let a = try #require(board.rows.first { $0.schedule == "a" })
        #expect(a.finished == 2 && a.failed == 1)
        #expect(a.validationLoss?.count == 2)
        let b = try #require(board.rows.first { $0.schedule == "b" })
        #expect(b.validationLoss?.count == 2)
        // Paired only over seed 2, where both have a finite loss: too few to test.
        #expect(board.comparisons.first?.seeds == 1)
        #expect(board.comparisons.first?.significant == false)
    }

    @Test func noFiniteMetricThrowsNamingTheFailures() {
        let spec = TrialSpec(index: 0, schedule: "a", seed: 0)
        let result = ScheduleComparisonResult(
            schedules: ["a"], seeds: [0], trials: [TrialRecord(spec: spec, failure: "NaN loss")])
        #expect { try Leaderboard(result) } throws: { error in
            (error as? SweepsError)?.code == .notEnoughTrials && "\(error)".contains("NaN loss")
        }
    }

    @Test func stepsAndCostToTargetUseTheFirstReachingValidation() throws {
        // Validation loss 0.9, 0.5, 0.2 at steps 10, 20, 30; seconds 1, 2, 3; the whole trial 4 s, 8 CPU s.
        func outcome(_ values: [Double]) -> TrialOutcome {
            let points = zip([10, 20, 30], values).map { step, value in
                MetricPoint(step: step, value: value, samples: step * 4, seconds: Double(step) / 10)
            }
            return TrialOutcome(
                curves: ["val_loss": points], finalMetrics: ["val_loss": values[2]],
                cost: Cost(wallSeconds: 3, cpuSeconds: 6, samples: 120))
        }
        let trials = [
            TrialRecord(spec: TrialSpec(index: 0, schedule: "a", seed: 0), outcome: outcome([0.9, 0.5, 0.2])),
            TrialRecord(spec: TrialSpec(index: 1, schedule: "a", seed: 1), outcome: outcome([0.9, 0.8, 0.2])),
            TrialRecord(spec: TrialSpec(index: 2, schedule: "a", seed: 2), outcome: outcome([0.9, 0.8, 0.7])),
        ]
        let target = try ComparisonTarget(parsing: "valid_loss<=0.5")
        let board = try Leaderboard(
            ScheduleComparisonResult(schedules: ["a"], seeds: [0, 1, 2], trials: trials), target: target)
        let reach = try #require(board.rows.first?.target)
        #expect(reach.reached == 2 && reach.of == 3)
        // Seed 0 reaches at step 20 (2 of 3 s), seed 1 at step 30 (3 of 3 s): CostToTarget apportions by seconds.
        #expect(reach.steps?.mean == 25)
        #expect(abs((reach.wallSeconds?.mean ?? 0) - (2.0 + 3.0) / 2) < 1e-12)
        #expect(abs((reach.cpuSeconds?.mean ?? 0) - (4.0 + 6.0) / 2) < 1e-12)
        #expect(reach.samples?.mean == (80.0 + 120.0) / 2)
        let expected = try SeedSummary(values: [20, 30])
        #expect(reach.steps?.lower == expected.lower && reach.steps?.upper == expected.upper)
    }

    @Test func leaderboardRoundTripsThroughJSON() throws {
        let board = try Leaderboard(Self.result([("a", [0.3, 0.31, 0.29]), ("b", [0.5, 0.49, 0.52])]))
        let decoded = try JSONDecoder().decode(Leaderboard.self, from: JSONEncoder().encode(board))
        #expect(decoded == board)
    }

    @Test func aPriceAddsTheMoneyOfWholeTrialsAndToTheTarget() throws {
        // Validation loss 0.9, 0.5, 0.2 at seconds 1, 2, 3; each seed's trial used a different number of CPU seconds.
        let cpu = [1800.0, 3600, 5400]
        let trials = cpu.enumerated().map { seed, cpuSeconds in
            let points = zip([10, 20, 30], [0.9, 0.5, 0.2]).map { step, value in
                MetricPoint(step: step, value: value, samples: step * 4, seconds: Double(step) / 10)
            }
            return TrialRecord(
                spec: TrialSpec(index: seed, schedule: "a", seed: UInt64(seed)),
                outcome: TrialOutcome(
                    curves: ["val_loss": points], finalMetrics: ["val_loss": 0.2],
                    cost: Cost(wallSeconds: 3, cpuSeconds: cpuSeconds, samples: 120)))
        }
        let result = ScheduleComparisonResult(schedules: ["a"], seeds: [0, 1, 2], trials: trials)
        let price = try CorePrice(perCoreHour: 0.05, currency: "USD")
        let board = try Leaderboard(result, target: ComparisonTarget(parsing: "valid_loss<=0.5"), price: price)
        let row = try #require(board.rows.first)
        #expect(board.price == price)
        // Money per seed = CPU seconds / 3600 × 0.05: 0.025, 0.05, 0.075.
        let money = cpu.map { $0 / 3600 * 0.05 }
        let whole = try SeedSummary(values: money)
        #expect(abs((row.money?.mean ?? 0) - whole.mean) < 1e-15)
        #expect(row.money?.lower == whole.lower && row.money?.upper == whole.upper)
        // Every seed reaches valid loss 0.5 at 2 of 3 seconds, so two thirds of its money.
        let reach = try #require(row.target?.money)
        #expect(abs(reach.mean - money.map { $0 * 2 / 3 }.reduce(0, +) / 3) < 1e-15)
        // Without a price there is no money.
        let unpriced = try Leaderboard(result)
        #expect(unpriced.price == nil && unpriced.rows.first?.money == nil)
        let decoded = try JSONDecoder().decode(Leaderboard.self, from: JSONEncoder().encode(board))
        #expect(decoded == board)
    }
}
