import Foundation

/// HDDM_W (Frías-Blanco et al. 2014, McDiarmid bounds on EWMA), equal to River 0.26's
/// `drift.binary.HDDM_W`.
///
/// Input is a 0/1 error stream: **1 means the model erred**. Exponentially weighted means with weight
/// `lambda` on the newest value; drift (warning) when the EWMA after the best cut point exceeds the one
/// before it by more than the McDiarmid bound at `driftConfidence` (`warningConfidence`).
public struct HDDMW: StreamingDetector, Equatable {
    /// An exponentially weighted mean with its independent-bound term Σ w_i².
    struct WeightedSample: Codable, Sendable, Equatable {
        var ewma = 0.0
        var isInitialized = false
        var boundTerm = 1.0

        mutating func update(_ x: Double, lambda: Double) {
            ewma = isInitialized ? lambda * x + (1 - lambda) * ewma : x
            isInitialized = true
            boundTerm = lambda * lambda + (1 - lambda) * (1 - lambda) * boundTerm
        }
    }

    /// Confidence of the drift bound (default 0.001).
    public let driftConfidence: Double
    /// Confidence of the warning bound (default 0.005).
    public let warningConfidence: Double
    /// Weight of the newest value in the EWMA (default 0.05).
    public let lambda: Double
    /// Also detect decreases of the error rate (default false).
    public let twoSided: Bool

    var total = WeightedSample()
    var beforeIncrease = WeightedSample()
    var afterIncrease = WeightedSample()
    var beforeDecrease = WeightedSample()
    var afterDecrease = WeightedSample()
    var increaseCut = Double.infinity
    var decreaseCut = -Double.infinity
    public private(set) var driftDetected = false
    /// Whether the last update is in the warning zone.
    public private(set) var warningDetected = false

    /// Creates a detector with River's defaults.
    public init(
        driftConfidence: Double = 0.001, warningConfidence: Double = 0.005, lambda: Double = 0.05,
        twoSided: Bool = false
    ) {
        self.driftConfidence = driftConfidence
        self.warningConfidence = warningConfidence
        self.lambda = lambda
        self.twoSided = twoSided
    }

    func bound(_ term: Double, _ confidence: Double) -> Double {
        (term * log(1 / confidence) / 2).squareRoot()
    }

    func changed(_ first: WeightedSample, _ second: WeightedSample, _ confidence: Double) -> Bool {
        guard first.isInitialized && second.isInitialized else { return false }
        return second.ewma - first.ewma > bound(first.boundTerm + second.boundTerm, confidence)
    }

    /// Feeds one outcome: 1 = error, 0 = correct.
    public mutating func update(_ value: Double) -> DetectorSignal {
        if driftDetected {
            self = HDDMW(
                driftConfidence: driftConfidence, warningConfidence: warningConfidence, lambda: lambda,
                twoSided: twoSided)
        }
        total.update(value, lambda: lambda)
        let epsilon = bound(total.boundTerm, driftConfidence)
        if total.ewma + epsilon < increaseCut {
            increaseCut = total.ewma + epsilon
            beforeIncrease = total
            afterIncrease = WeightedSample()
        } else {
            afterIncrease.update(value, lambda: lambda)
        }
        if changed(beforeIncrease, afterIncrease, driftConfidence) {
            warningDetected = false
            driftDetected = true
        } else if changed(beforeIncrease, afterIncrease, warningConfidence) {
            warningDetected = true
            driftDetected = false
        } else {
            warningDetected = false
            driftDetected = false
        }
        let epsilonDecrease = bound(total.boundTerm, driftConfidence)
        if total.ewma - epsilonDecrease > decreaseCut {
            decreaseCut = total.ewma - epsilonDecrease
            beforeDecrease = total
            afterDecrease = WeightedSample()
        } else {
            afterDecrease.update(value, lambda: lambda)
        }
        if twoSided {
            if changed(afterDecrease, beforeDecrease, driftConfidence) {
                driftDetected = true
            } else if changed(afterDecrease, beforeDecrease, warningConfidence) {
                warningDetected = true
            }
        }
        return driftDetected ? .drift : (warningDetected ? .warning : .stable)
    }
}
