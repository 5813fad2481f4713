/// The Early Drift Detection Method (Baena-García et al. 2006), equal to River 0.26's `drift.binary.EDDM`.
///
/// Input is a 0/1 error stream: **1 means the model erred**. It watches the distance between consecutive
/// errors: with mean p' and standard deviation s' (ddof 1) of those distances, it keeps the maximum of
/// p' + 2s'; once more than `warmStart` values and errors are seen, the ratio to that maximum below `beta`
/// is drift and below `alpha` a warning.
public struct EDDM: StreamingDetector, Equatable {
    /// Values and errors needed before testing (default 30).
    public let warmStart: Int
    /// Warning ratio (default 0.95).
    public let alpha: Double
    /// Drift ratio (default 0.9).
    public let beta: Double

    var distances = RunningMean()
    var squaredDeviations = 0.0
    var seen = 0
    var lastError = 0
    var errors = 0
    var maximum = -1.0
    public private(set) var driftDetected = false
    /// Whether the last update is in the warning zone.
    public private(set) var warningDetected = false

    /// Creates a detector with River's defaults.
    /// - Throws: `DriftError` when `alpha < beta`.
    public init(warmStart: Int = 30, alpha: Double = 0.95, beta: Double = 0.9) throws {
        guard alpha >= beta else { throw DriftError.invalid("alpha", alpha, "alpha must be >= beta (\(beta))") }
        self.warmStart = warmStart
        self.alpha = alpha
        self.beta = beta
    }

    /// Feeds one outcome: 1 = error, anything else = correct.
    public mutating func update(_ value: Double) -> DetectorSignal {
        if driftDetected {
            distances = RunningMean()
            squaredDeviations = 0
            seen = 0
            lastError = 0
            errors = 0
            maximum = -1
            driftDetected = false
            warningDetected = false
        }
        seen += 1
        if value == 1 {
            errors += 1
            let distance = Double(seen - lastError)
            let oldMean = distances.mean
            distances.update(distance)
            squaredDeviations += (distance - oldMean) * (distance - distances.mean)
            if seen > warmStart {
                let n = distances.count
                let variance = n > 1 ? squaredDeviations / (n - 1) : 0
                let level2 = distances.mean + 2 * variance.squareRoot()
                if level2 > maximum {
                    maximum = level2
                } else if errors > warmStart {
                    let level = level2 / maximum
                    if level < beta {
                        driftDetected = true
                    } else if level < alpha {
                        warningDetected = true
                    } else {
                        warningDetected = false
                    }
                }
            }
            lastError = seen
        }
        return driftDetected ? .drift : (warningDetected ? .warning : .stable)
    }
}
