import Foundation
import Tracking

extension RunDetails {
    /// The details as readable text: header, params, tags, schedule, metrics with sparklines, artifacts, data cards.
    var text: String {
        var out = "run \(run.id)\(run.name.isEmpty ? "" : "  \(run.name)")\n"
        out += "  experiment  \(experiment)\n"
        out += "  status      \(run.status.rawValue)\n"
        out += "  started     \(TextFormat.time(run.startTime))\n"
        if let end = run.endTime {
            out += "  ended       \(TextFormat.time(end)) (\(TextFormat.duration(end.timeIntervalSince(run.startTime))))\n"
        }
        out += "  host        \(run.host)\n"
        if let code = run.codeVersion { out += "  code        \(code)\n" }
        out += Self.pairs("params", run.params)
        out += Self.pairs("tags", run.tags)
        if let spec = run.scheduleSpec { out += "schedule\n  \(spec)\n" }
        out += metricsText
        out += artifactsText
        if !run.datasetCards.isEmpty {
            out += "dataset cards\n"
            for card in run.datasetCards { out += "  \(card.role): \(card.json)\n" }
        }
        return out
    }

    private var metricsText: String {
        guard !metrics.isEmpty else { return "metrics\n  none\n" }
        var table = TextTable("  KEY", "POINTS", "STEPS", "MIN", "MAX", "END", "CURVE")
        for metric in metrics {
            table.append(
                "  \(metric.key)", "\(metric.points)", "\(metric.firstStep)-\(metric.lastStep)",
                TextFormat.number(metric.min), TextFormat.number(metric.max), TextFormat.number(metric.endMean),
                metric.sparkline)
        }
        return "metrics\n" + table.text
    }

    private var artifactsText: String {
        guard !artifacts.isEmpty else { return "artifacts\n  none\n" }
        var table = TextTable("  NAME", "KIND", "SIZE", "SHA256", "STATE")
        for check in artifacts {
            let artifact = check.artifact
            table.append(
                "  \(artifact.name)", artifact.kind, TextFormat.bytes(artifact.size), TextFormat.short(artifact.sha256),
                check.state)
        }
        return "artifacts\n" + table.text
    }

    private static func pairs(_ title: String, _ values: [String: String]) -> String {
        guard !values.isEmpty else { return "" }
        let width = values.keys.map(\.count).max() ?? 0
        return "\(title)\n" + values.sorted { $0.key < $1.key }.map {
            "  \($0.key.padding(toLength: width, withPad: " ", startingAt: 0))  \($0.value)\n"
        }.joined()
    }
}
