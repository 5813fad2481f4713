/// A drift detector fed one value at a time, with its whole state as an explicit `Codable` value so it can
/// be saved and resumed. Semantics follow River 0.26: after an update that reports drift, the next update
/// first resets the detector to its initial state (River's `if self.drift_detected: self._reset()`).
public protocol StreamingDetector: Codable, Sendable {
    /// Feeds one value and returns what the detector now signals.
    mutating func update(_ value: Double) -> DetectorSignal
    /// Whether the last update detected drift.
    var driftDetected: Bool { get }
}

/// What a streaming detector signals after an update.
public enum DetectorSignal: String, Codable, Sendable {
    /// In control.
    case stable
    /// Warning zone (DDM, EDDM, HDDM only): drift may be starting.
    case warning
    /// Drift detected at this update.
    case drift
}

extension StreamingDetector {
    /// Feeds a whole stream and returns the 0-based indexes where drift was detected.
    public mutating func driftIndexes<S: Sequence>(in stream: S) -> [Int] where S.Element == Double {
        var indexes: [Int] = []
        for (index, value) in stream.enumerated() where update(value) == .drift { indexes.append(index) }
        return indexes
    }
}

/// A running mean with River's `stats.Mean` update order (`mean += (1 / n) * (x - mean)`), so thresholds
/// are crossed at exactly the same updates.
struct RunningMean: Codable, Sendable, Equatable {
    var count: Double = 0
    var mean: Double = 0

    mutating func update(_ x: Double) {
        count += 1
        mean += (1 / count) * (x - mean)
    }
}
