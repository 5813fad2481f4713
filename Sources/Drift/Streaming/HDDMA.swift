import Foundation

/// HDDM_A (Frías-Blanco et al. 2014, Hoeffding bounds on moving averages), equal to River 0.26's
/// `drift.binary.HDDM_A`.
///
/// Input is a 0/1 error stream: **1 means the model erred**. It keeps the global mean and a cut point where
/// the mean plus its Hoeffding bound was lowest; drift (warning) when the mean since then has risen by more
/// than the bound at `driftConfidence` (`warningConfidence`). With `twoSided` it also detects decreases.
public struct HDDMA: StreamingDetector, Equatable {
    /// Confidence of the drift bound (default 0.001).
    public let driftConfidence: Double
    /// Confidence of the warning bound (default 0.005).
    public let warningConfidence: Double
    /// Also detect decreases of the error rate (default false).
    public let twoSided: Bool

    var total = RunningMean()
    var cutLow = RunningMean()
    var cutHigh = RunningMean()
    public private(set) var driftDetected = false
    /// Whether the last update is in the warning zone.
    public private(set) var warningDetected = false

    /// Creates a detector with River's defaults.
    public init(driftConfidence: Double = 0.001, warningConfidence: Double = 0.005, twoSided: Bool = false) {
        self.driftConfidence = driftConfidence
        self.warningConfidence = warningConfidence
        self.twoSided = twoSided
    }

    func hoeffdingBound(_ n: Double) -> Double {
        (1.0 / (2 * n) * log(1.0 / driftConfidence)).squareRoot()
    }

    /// Feeds one outcome: 1 = error, 0 = correct.
    public mutating func update(_ value: Double) -> DetectorSignal {
        if driftDetected {
            self = HDDMA(driftConfidence: driftConfidence, warningConfidence: warningConfidence, twoSided: twoSided)
        }
        total.update(value)
        if cutLow.count == 0 { cutLow = total }
        if cutHigh.count == 0 { cutHigh = total }
        let epsTotal = hoeffdingBound(total.count)
        if cutLow.mean + hoeffdingBound(cutLow.count) >= total.mean + epsTotal { cutLow = total }
        if cutHigh.mean - hoeffdingBound(cutHigh.count) <= total.mean - epsTotal { cutHigh = total }
        if meanChanged(from: cutLow, increase: true, confidence: driftConfidence) {
            warningDetected = false
            driftDetected = true
        } else if meanChanged(from: cutLow, increase: true, confidence: warningConfidence) {
            warningDetected = true
            driftDetected = false
        } else {
            warningDetected = false
            driftDetected = false
        }
        if twoSided {
            if meanChanged(from: cutHigh, increase: false, confidence: driftConfidence) {
                driftDetected = true
            } else if meanChanged(from: cutHigh, increase: false, confidence: warningConfidence) {
                warningDetected = true
            }
        }
        return driftDetected ? .drift : (warningDetected ? .warning : .stable)
    }

    func meanChanged(from cut: RunningMean, increase: Bool, confidence: Double) -> Bool {
        if cut.count == total.count { return false }
        let m = (total.count - cut.count) / cut.count * (1.0 / total.count)
        let epsilon = (m / 2 * log(2.0 / confidence)).squareRoot()
        return (increase ? total.mean - cut.mean : cut.mean - total.mean) >= epsilon
    }
}
