import Foundation

/// ADWIN (adaptive windowing, Bifet & Gavaldà 2007), equal to River 0.26's `drift.ADWIN`: an exponential
/// histogram of buckets (level i holds up to `maxBuckets + 1` summaries of 2^i values) and, every `clock`
/// updates once more than `gracePeriod` values are held, a scan of every bucket boundary for a cut where
/// |mean(W0) - mean(W1)| exceeds the Bernstein-style bound
/// `ε = sqrt(2·m·σ²·δ') + 2/3·δ'·m`, `δ' = ln(2·ln(width)/δ)`, `m = 1/(n0-ℓ+1) + 1/(n1-ℓ+1)`.
/// Each cut drops the oldest bucket and rescans. As in River, the update after a detection resets the
/// detector completely.
public struct ADWIN: StreamingDetector, Equatable {
    /// Significance δ (default 0.002).
    public let delta: Double
    /// Check for change every `clock` updates (default 32).
    public let clock: Int
    /// Buckets kept per level before two are merged (default 5).
    public let maxBuckets: Int
    /// Minimum length ℓ of either sub-window (default 5).
    public let minWindowLength: Int
    /// No change detection until the window holds more than this many values (default 10).
    public let gracePeriod: Int

    /// Sum of the values in the window.
    public private(set) var total = 0.0
    /// Sum of squared deviations in the window (River's `variance`, not divided by the width).
    public private(set) var variance = 0.0
    /// Number of values in the window.
    public private(set) var width = 0.0
    /// Number of drifts detected since the last reset.
    public internal(set) var detections = 0
    public private(set) var driftDetected = false
    var tick = 0
    /// Per level: bucket sums and variances (row-major, `maxBuckets + 1` slots per level) and counts.
    var totals: [Double] = []
    var variances: [Double] = []
    var counts: [Int] = []

    /// Creates a detector with River's defaults.
    /// - Throws: `DriftError` for δ outside (0, 1) or nonpositive clock/maxBuckets.
    public init(
        delta: Double = 0.002, clock: Int = 32, maxBuckets: Int = 5, minWindowLength: Int = 5,
        gracePeriod: Int = 10
    ) throws {
        guard delta > 0, delta < 1 else { throw DriftError.invalid("delta", delta, "use a value in (0, 1)") }
        guard clock >= 1 else { throw DriftError.invalid("clock", clock, "use 1 or more") }
        guard maxBuckets >= 1 else { throw DriftError.invalid("maxBuckets", maxBuckets, "use 1 or more") }
        self.delta = delta
        self.clock = clock
        self.maxBuckets = maxBuckets
        self.minWindowLength = minWindowLength
        self.gracePeriod = gracePeriod
        reset()
    }

    /// Mean of the values in the window (0 when empty).
    public var estimation: Double { width == 0 ? 0 : total / width }

    mutating func reset() {
        total = 0
        variance = 0
        width = 0
        detections = 0
        driftDetected = false
        tick = 0
        totals = [Double](repeating: 0, count: maxBuckets + 1)
        variances = [Double](repeating: 0, count: maxBuckets + 1)
        counts = [0]
    }

    public mutating func update(_ value: Double) -> DetectorSignal {
        if driftDetected { reset() }
        insert(value)
        driftDetected = detectChange()
        return driftDetected ? .drift : .stable
    }

    mutating func insert(_ value: Double) {
        // Fast path: level 0 always exists and has room (compress() keeps it below maxBuckets + 1).
        let slot = counts[0]
        totals.withUnsafeMutableBufferPointer { $0[slot] = value }
        variances.withUnsafeMutableBufferPointer { $0[slot] = 0 }
        counts.withUnsafeMutableBufferPointer { $0[0] = slot + 1 }
        width += 1
        if width > 1 {
            let deltaV = value - total / (width - 1)
            variance += (width - 1) * deltaV * deltaV / width
        }
        total += value
        compress()
    }

    mutating func append(level: Int, total: Double, variance: Double) {
        if level == counts.count {
            counts.append(0)
            totals.append(contentsOf: repeatElement(0, count: maxBuckets + 1))
            variances.append(contentsOf: repeatElement(0, count: maxBuckets + 1))
        }
        let slot = level * (maxBuckets + 1) + counts[level]
        totals[slot] = total
        variances[slot] = variance
        counts[level] += 1
    }

    /// Removes the `k` oldest buckets of `level`, shifting the rest down.
    mutating func removeOldest(level: Int, _ k: Int) {
        let base = level * (maxBuckets + 1)
        let remaining = counts[level] - k
        for i in 0..<remaining {
            totals[base + i] = totals[base + i + k]
            variances[base + i] = variances[base + i + k]
        }
        counts[level] = remaining
    }

    mutating func compress() {
        var level = 0
        guard counts[0] == maxBuckets + 1 else { return }
        while counts[level] == maxBuckets + 1 {
            let base = level * (maxBuckets + 1)
            let size = Double(1 << level)
            let (t0, t1) = (totals[base], totals[base + 1])
            let mu1 = t0 / size
            let mu2 = t1 / size
            let merged = variances[base] + variances[base + 1] + size * 0.5 * (mu1 - mu2) * (mu1 - mu2)
            append(level: level + 1, total: t0 + t1, variance: merged)
            removeOldest(level: level, 2)
            if counts[level + 1] <= maxBuckets { break }
            level += 1
        }
    }

    /// Drops the oldest bucket (the first of the highest level).
    mutating func deleteOldest() {
        let last = counts.count - 1
        let size = Double(1 << last)
        let base = last * (maxBuckets + 1)
        let u = totals[base]
        let v = variances[base]
        let mu = u / size
        width -= size
        total -= u
        let muWindow = total / width
        variance -= v + size * width * (mu - muWindow) * (mu - muWindow) / (size + width)
        removeOldest(level: last, 1)
        if counts[last] == 0 && last > 0 {
            counts.removeLast()
            totals.removeLast(maxBuckets + 1)
            variances.removeLast(maxBuckets + 1)
        }
    }
}
