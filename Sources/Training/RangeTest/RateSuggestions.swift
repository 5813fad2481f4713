#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The rates an LR range test suggests, by fastai's three rules (`valley`, `minimum`, `steep`).
///
/// The rules read the smoothed losses of a sweep inside fastai's window: the points from `numSteps / 10` to five
/// before the last recorded one, cut at the first NaN. Each rule is reproduced exactly, including fastai's
/// index arithmetic, so the same curve gives the same suggestion as `learn.lr_find(suggest_funcs=...)`.
public struct RateSuggestions: Sendable, Hashable, Codable {
    /// fastai's `valley`: two thirds of the way down the longest decreasing run of the loss.
    public var valley: Double
    /// fastai's `minimum`: the rate at the lowest loss, divided by 10.
    public var minimum: Double
    /// The rate at the lowest loss itself (`minimum × 10`).
    public var rateAtMinimumLoss: Double
    /// fastai's `steep`: the rate where the loss falls fastest against `log(rate)`.
    public var steep: Double

    /// Creates suggestions from explicit values.
    public init(valley: Double, minimum: Double, rateAtMinimumLoss: Double, steep: Double) {
        self.valley = valley
        self.minimum = minimum
        self.rateAtMinimumLoss = rateAtMinimumLoss
        self.steep = steep
    }

    /// Applies the three rules to a window of `(rate, smoothed loss)` points.
    /// - Returns: `nil` when the window has fewer than two points (no slope exists).
    public init?(rates: [Double], losses: [Double]) {
        let count = min(rates.count, losses.count)
        guard count >= 2 else { return nil }
        let rates = Array(rates.prefix(count))
        let losses = Array(losses.prefix(count))
        let minimumIndex = Self.minimumIndex(losses)
        self.init(
            valley: rates[Self.valleyIndex(losses)], minimum: rates[minimumIndex] / 10,
            rateAtMinimumLoss: rates[minimumIndex], steep: rates[Self.steepIndex(rates: rates, losses: losses)])
    }

    /// The window fastai's `lr_find` passes to its rules: `[numSteps / 10, recorded − 5)`, cut at the first NaN.
    /// - Returns: the index range into the recorded points (possibly empty).
    public static func window(recorded: Int, numSteps: Int, losses: [Double]) -> Range<Int> {
        let start = min(max(numSteps / 10, 0), max(recorded, 0))
        var end = recorded - 5
        guard end > start else { return start..<start }
        if let nan = losses[start..<end].firstIndex(where: { $0.isNaN }) { end = nan }
        return start..<end
    }

    /// fastai's `valley` index: the longest strictly decreasing subsequence ending at each point (O(n²)), then
    /// `start + ⌊s⌋ + ⌊s/2⌋` with `s = (end − start) / 3`.
    ///
    /// The bounds update sits inside the inner loop as in fastai, so `start` uses the run length at the moment
    /// `end` first moved; this matters for exact agreement and is kept on purpose.
    static func valleyIndex(_ losses: [Double]) -> Int {
        let n = losses.count
        var lengths = [Int](repeating: 1, count: n)
        var maxStart = 0
        var maxEnd = 0
        for i in 1..<max(n, 1) {
            for j in 0..<i {
                if losses[i] < losses[j] && lengths[i] < lengths[j] + 1 { lengths[i] = lengths[j] + 1 }
                if lengths[maxEnd] < lengths[i] {
                    maxEnd = i
                    maxStart = maxEnd - lengths[maxEnd]
                }
            }
        }
        let sections = Double(maxEnd - maxStart) / 3
        let index = maxStart + Int(sections) + Int(sections / 2)
        return min(max(index, 0), n - 1)
    }

    /// Index of the first smallest loss (torch's `argmin`; NaN losses are skipped).
    static func minimumIndex(_ losses: [Double]) -> Int {
        var best = 0
        for i in losses.indices where losses[i] < losses[best] || losses[best].isNaN { best = i }
        return best
    }

    /// Index of the most negative forward difference `(loss[i+1] − loss[i]) / (log rate[i+1] − log rate[i])`.
    static func steepIndex(rates: [Double], losses: [Double]) -> Int {
        var best = 0
        var bestSlope = Double.infinity
        for i in 0..<(losses.count - 1) {
            let slope = (losses[i + 1] - losses[i]) / (log(rates[i + 1]) - log(rates[i]))
            if slope < bestSlope {
                bestSlope = slope
                best = i
            }
        }
        return best
    }
}
