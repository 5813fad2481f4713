#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The per-group averaging weights of the schedule-free optimizers (the reference's `lr_max`, `weight_sum`,
/// `ckp1`), one slot per parameter group (0 = the default group).
struct ScheduleFreeWeighting: Sendable, Hashable {
    var maxRates: [Double] = []
    var weightSums: [Double] = []

    /// Advances group `group` to step `k` (0-based) with the effective rate `lr` and returns `c_{k+1}`, the weight of
    /// the new iterate in the average: `weight = (k+1)^r · lr_max^weight_lr_power`, `c = weight / Σ weight`.
    mutating func advance(group: Int, k: Int, lr: Double, r: Double, power: Double) -> Double {
        let maxRate = Swift.max(lr, maxRates[group])
        maxRates[group] = maxRate
        let weight = pow(Double(k + 1), r) * pow(maxRate, power)
        weightSums[group] += weight
        // The reference catches ZeroDivisionError (all weights zero so far) and uses 0.
        return weightSums[group] == 0 ? 0 : weight / weightSums[group]
    }

    /// Makes one slot per group, keeping restored values.
    mutating func prepare(groupCount: Int) throws {
        if maxRates.isEmpty {
            maxRates = Array(repeating: -1, count: groupCount)
            weightSums = Array(repeating: 0, count: groupCount)
        }
        guard maxRates.count == groupCount, weightSums.count == groupCount else {
            throw TrainingError(
                .invalidState,
                "schedule-free state has \(maxRates.count) group(s) but the optimizer has "
                    + "\(groupCount) (default group included); keep the parameter groups of the checkpoint")
        }
    }

    /// The linear warmup factor of the reference, `(k+1)/warmup_steps` during warmup, else 1.
    static func warmup(k: Int, steps: Int) -> Double {
        k < steps ? Double(k + 1) / Double(steps) : 1
    }
}
