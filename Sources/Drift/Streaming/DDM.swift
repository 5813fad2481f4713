/// The Drift Detection Method (Gama et al. 2004), equal to River 0.26's `drift.binary.DDM`.
///
/// Input is a 0/1 error stream: **1 means the model erred**, 0 means it was right. With error rate p and
/// s = sqrt(p(1-p)/n), after `warmStart` values it tracks the minimum of p + s; warning when
/// p + s > p_min + 2·s_min, drift when p + s > p_min + 3·s_min.
public struct DDM: StreamingDetector, Equatable {
    /// Values seen before testing (default 30).
    public let warmStart: Int
    /// Warning multiplier (default 2).
    public let warningThreshold: Double
    /// Drift multiplier (default 3).
    public let driftThreshold: Double

    var errorRate = RunningMean()
    var pMin = Double.infinity
    var sMin = Double.infinity
    var psMin = Double.infinity
    public private(set) var driftDetected = false
    /// Whether the last update is in the warning zone.
    public private(set) var warningDetected = false

    /// Creates a detector with River's defaults.
    public init(warmStart: Int = 30, warningThreshold: Double = 2, driftThreshold: Double = 3) {
        self.warmStart = warmStart
        self.warningThreshold = warningThreshold
        self.driftThreshold = driftThreshold
    }

    /// Feeds one outcome: 1 = error, 0 = correct.
    public mutating func update(_ value: Double) -> DetectorSignal {
        if driftDetected {
            self = DDM(warmStart: warmStart, warningThreshold: warningThreshold, driftThreshold: driftThreshold)
        }
        errorRate.update(value)
        let p = errorRate.mean
        let n = errorRate.count
        let s = (p * (1 - p) / n).squareRoot()
        if n > Double(warmStart) {
            if p + s <= psMin {
                pMin = p
                sMin = s
                psMin = pMin + sMin
            }
            warningDetected = p + s > pMin + warningThreshold * sMin
            if p + s > pMin + driftThreshold * sMin {
                driftDetected = true
                warningDetected = false
            }
        }
        return driftDetected ? .drift : (warningDetected ? .warning : .stable)
    }

    /// Feeds one outcome: `true` = error.
    public mutating func update(error: Bool) -> DetectorSignal { update(error ? 1 : 0) }
}
