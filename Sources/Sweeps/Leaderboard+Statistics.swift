import Evaluation
import Foundation

extension Leaderboard {
    /// One schedule's row.
    static func row(
        _ name: String, result: ScheduleComparisonResult, ranked: RankedConfiguration?, target: ComparisonTarget?,
        price: CorePrice?, level: Double
    ) -> LeaderboardRow {
        let trials = result.trials(of: name)
        let finished = trials.compactMap { record in record.outcome.map { (record.spec, $0) } }
        func estimate(_ key: String) -> Estimate? {
            Estimate(trials.compactMap { $0.finalMetric(key) }, confidenceLevel: level)
        }
        return LeaderboardRow(
            schedule: name, rank: ranked?.rank, tiedWith: ranked?.tiedWith ?? [], finished: finished.count,
            failed: trials.count - finished.count, validationLoss: estimate(TrialOutcome.Key.validationLoss),
            validationAccuracy: estimate(TrialOutcome.Key.validationAccuracy),
            calibrationError: estimate(TrialOutcome.Key.calibrationError),
            wallSeconds: Estimate(finished.map(\.1.cost.wallSeconds), confidenceLevel: level),
            cpuSeconds: Estimate(finished.map(\.1.cost.cpuSeconds), confidenceLevel: level),
            money: price.flatMap { price in Estimate(finished.map { price.money($0.1.cost) }, confidenceLevel: level) },
            target: target.map { reach($0, outcomes: finished.map(\.1), price: price, level: level) },
            runIDs: finished.compactMap(\.1.runID))
    }

    /// Steps and cost to `target` over the outcomes that reached it.
    static func reach(_ target: ComparisonTarget, outcomes: [TrialOutcome], price: CorePrice?, level: Double)
        -> TargetReach
    {
        let reached = outcomes.compactMap { outcome in
            outcome.series(target.metric).flatMap {
                CostToTarget(target: target.value, goal: target.goal, series: $0, total: outcome.cost)
            }
        }
        return TargetReach(
            reached: reached.count, of: outcomes.count,
            steps: Estimate(reached.map { Double($0.reachedAt.step) }, confidenceLevel: level),
            wallSeconds: Estimate(reached.map(\.cost.wallSeconds), confidenceLevel: level),
            cpuSeconds: Estimate(reached.map(\.cost.cpuSeconds), confidenceLevel: level),
            samples: Estimate(reached.map { Double($0.cost.samples) }, confidenceLevel: level),
            money: price.flatMap { price in Estimate(reached.map { price.money($0.cost) }, confidenceLevel: level) })
    }

    /// The leader against each other schedule over their common finished seeds, with Holm-adjusted p-values.
    static func compare(
        leader: String, result: ScheduleComparisonResult, metric: String, goal: MetricGoal, level: Double
    )
        -> [PairwiseResult]
    {
        func bySeed(_ name: String) -> [UInt64: Double] {
            var values: [UInt64: Double] = [:]
            for record in result.trials(of: name) { values[record.spec.seed] = record.finalMetric(metric) }
            return values
        }
        let lead = bySeed(leader)
        let raw = result.schedules.filter { $0 != leader }.map { other -> (String, Int, PairedComparison?) in
            let theirs = bySeed(other)
            let seeds = result.seeds.filter { lead[$0] != nil && theirs[$0] != nil }
            let comparison =
                seeds.count >= 2
                ? try? PairedComparison(
                    seeds.compactMap { lead[$0] }, seeds.compactMap { theirs[$0] }, confidenceLevel: level)
                : nil
            return (other, seeds.count, comparison)
        }
        let pValues = raw.map { $0.2.map(tTestPValue) }
        let adjusted = holm(pValues)
        return raw.indices.map { i in
            let (other, seeds, comparison) = raw[i]
            let favourable = comparison.map { goal.isBetter($0.meanDifference, than: 0) } ?? false
            return PairwiseResult(
                leader: leader, other: other, seeds: seeds, meanDifference: comparison?.meanDifference,
                lower: comparison?.bootstrap.lower, upper: comparison?.bootstrap.upper, tTestPValue: pValues[i],
                wilcoxonPValue: comparison?.wilcoxon?.pValue, adjustedPValue: adjusted[i],
                significant: favourable && (adjusted[i].map { $0 < 1 - level } ?? false))
        }
    }

    /// The paired t-test's p-value; a difference without spread is certain (0) unless it is zero (1).
    static func tTestPValue(_ comparison: PairedComparison) -> Double {
        comparison.tTest?.pValue ?? (comparison.meanDifference == 0 ? 1 : 0)
    }

    /// Holm's step-down adjustment (`statsmodels multipletests(method='holm')`); `nil` entries are left out of
    /// the family and stay `nil`.
    static func holm(_ pValues: [Double?]) -> [Double?] {
        let present = pValues.enumerated().compactMap { index, p in p.map { (index, $0) } }
            .sorted { $0.1 < $1.1 }
        var adjusted = [Double?](repeating: nil, count: pValues.count)
        var running = 0.0
        for (rank, (index, p)) in present.enumerated() {
            running = max(running, min(1, Double(present.count - rank) * p))
            adjusted[index] = running
        }
        return adjusted
    }

    /// The verdict sentence.
    static func verdict(
        winner: String?, leader: String?, comparisons: [PairwiseResult], metric: String, level: Double,
        schedules: Int
    ) -> String {
        let percent = "\(Int((level * 100).rounded()))%"
        if let winner {
            return "\(winner) wins: its mean \(metric) is better than every other schedule's in paired t-tests "
                + "over the same seeds (Holm-adjusted p < \(Self.format(1 - level)))"
        }
        guard let leader else { return "not enough finished seeds to compare (each schedule needs at least 2)" }
        if schedules < 2 { return "one schedule only; nothing to compare" }
        let closest = comparisons.filter { !$0.significant }.max { ($0.adjustedPValue ?? 1) < ($1.adjustedPValue ?? 1) }
        let rival =
            closest.map { comparison in
                "\(comparison.other) (p = \(comparison.adjustedPValue.map(Self.format) ?? "n/a"), "
                    + "\(comparison.seeds) paired seeds)"
            } ?? "the others"
        return "no significant difference at \(percent): \(leader) has the best mean \(metric), but it is not "
            + "significantly better than \(rival)"
    }

    /// A number with up to 3 significant digits.
    static func format(_ value: Double) -> String {
        value == 0 ? "0" : String(format: "%.3g", value)
    }
}
