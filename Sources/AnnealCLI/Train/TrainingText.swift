import Foundation
import Training

/// How training numbers and events read in the terminal.
enum TrainingText {
    /// A loss or metric with four significant digits.
    static func number(_ value: Double?) -> String {
        guard let value else { return "-" }
        guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
        return String(format: "%.4g", value)
    }

    /// A learning rate in scientific notation.
    static func rate(_ value: Double) -> String { String(format: "%.3e", value) }

    /// A throughput such as `12.3k`.
    static func throughput(_ value: Double) -> String {
        guard value.isFinite, value > 0 else { return "-" }
        if value >= 1e6 { return String(format: "%.1fM", value / 1e6) }
        if value >= 1e3 { return String(format: "%.1fk", value / 1e3) }
        return String(format: "%.0f", value)
    }

    /// A duration as `m:ss` or `h:mm:ss`.
    static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0 else { return "-" }
        let total = Int(seconds.rounded())
        let (hours, minutes, secs) = (total / 3600, total / 60 % 60, total % 60)
        return hours > 0
            ? String(format: "%d:%02d:%02d", hours, minutes, secs) : String(format: "%d:%02d", minutes, secs)
    }

    /// One line describing a trainer decision.
    static func event(_ event: TrainingEvent) -> String {
        let change = event.oldRate.flatMap { old in event.newRate.map { "; rate \(rate(old)) → \(rate($0))" } } ?? ""
        switch event.kind {
        case .divergenceCut:
            return "step \(event.step)  divergence guard: \(event.reason)\(change), rolled back to the last snapshot"
        case .plateauCut: return "step \(event.step)  plateau: \(event.reason)\(change)"
        case .earlyStop: return "step \(event.step)  early stop: \(event.reason)"
        case .interrupted: return "step \(event.step)  interrupted: \(event.reason)"
        case .checkpoint: return "step \(event.step)  checkpoint: \(event.reason)"
        }
    }
}
