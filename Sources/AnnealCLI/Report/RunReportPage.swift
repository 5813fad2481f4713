import Foundation
import Reports
import Tracking

/// The page of `anneal report`: an overview of several runs, then one section per run with its rate schedule,
/// curves with event markers, final metrics, reliability diagram, events and provenance.
enum RunReportPage {
    /// Metric keys charted as curves (everything else with one point is a final metric).
    static let curveKeys: Set<String> = ["lr", "loss", "val_loss", "val_accuracy", "val_rmse"]

    /// Builds the page.
    static func make(_ runs: [RunReportData], store: String) -> HTMLReport {
        var report = HTMLReport(
            title: runs.count == 1
                ? "Run \(runs[0].run.name.isEmpty ? runs[0].run.id : runs[0].run.name)" : "\(runs.count) runs",
            subtitle: "from \(store)", footer: "anneal report, \(ISO8601DateFormatter().string(from: Date()))")
        if runs.count > 1 {
            report.section("Overview") { section in
                let series = runs.map { Series(name: label($0), points: $0.points("val_loss")) }
                section.chart(
                    LineChart(
                        title: "Validation loss by step", xLabel: "step", yLabel: "validation loss", series: series,
                        width: 900),
                    caption: "one line per run")
                section.table(
                    columns: ["run", "name", "status", "final valid loss", "valid accuracy", "ECE"],
                    rows: runs.map { data in
                        [
                            data.run.id, data.run.name, data.run.status.rawValue, last(data, "final_valid_loss"),
                            last(data, "valid_accuracy"), last(data, "ece"),
                        ]
                    })
            }
        }
        for data in runs { report.section(label(data)) { add(data, to: &$0) } }
        return report
    }

    /// One run's section.
    static func add(_ data: RunReportData, to section: inout HTMLSection) {
        let markers = data.events.map {
            Marker(x: Double($0.step), label: $0.kind.replacingOccurrences(of: "lr.", with: ""), kind: .guardCut)
        }
        section.chart(
            LineChart(
                title: "Learning rate", xLabel: "step", yLabel: "learning rate",
                series: [Series(name: "lr", points: data.points("lr"))], markers: markers, width: 900),
            caption: "the rate used at each step (schedule × divergence-guard multiplier)")
        var losses = [Series(name: "training loss", points: data.points("loss"))]
        if data.series["val_loss"] != nil {
            losses.append(Series(name: "validation loss", points: data.points("val_loss")))
        }
        section.chart(
            LineChart(title: "Loss", xLabel: "step", yLabel: "loss", series: losses, markers: markers, width: 900),
            caption: "training loss of each batch and validation loss; dashed lines mark the trainer's events")
        if data.series["val_accuracy"] != nil {
            section.chart(
                LineChart(
                    title: "Validation accuracy", xLabel: "step", yLabel: "accuracy",
                    series: [Series(name: "validation accuracy", points: data.points("val_accuracy"))],
                    markers: markers, width: 900))
        }
        let finals = data.series.keys.filter { !curveKeys.contains($0) }.sorted()
        section.table(
            columns: ["metric", "value", "step"],
            rows: finals.compactMap { key in
                data.series[key]?.last.map { [key, number($0.value), "\($0.step)"] }
            }, caption: "final metrics")
        if let reliability = data.reliability {
            let bins = reliability.bins.map {
                ReliabilityBin(
                    lower: $0.lower, upper: $0.upper, confidence: $0.meanConfidence, accuracy: $0.accuracy,
                    count: $0.count)
            }
            section.chart(
                ReliabilityDiagram(
                    title: "Reliability on the validation data", bins: bins,
                    summary: "ECE \(number(reliability.expectedCalibrationError)) · \(reliability.sampleCount) samples")
            )
        } else {
            section.paragraph(
                "No reliability diagram: the run did not record one (anneal compare records it for classifiers).")
        }
        section.table(
            columns: ["step", "event", "old rate", "new rate", "reason", "by"],
            rows: data.events.map { event in
                [
                    "\(event.step)", event.kind, event.oldRate.map(number) ?? "-", event.newRate.map(number) ?? "-",
                    event.reason, event.actor,
                ]
            }, caption: data.events.isEmpty ? "no events: the trainer made no decision of its own" : "events")
        section.keyValues(provenance(data.run, experiment: data.experiment), caption: "provenance")
        if !data.run.params.isEmpty {
            section.keyValues(
                data.run.params.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, caption: "parameters")
        }
        if let spec = data.run.scheduleSpec { section.preformatted(spec) }
        for card in data.run.datasetCards { section.preformatted("\(card.role): \(card.json)") }
    }

    static func provenance(_ run: Run, experiment: String) -> [(String, String)] {
        let formatter = ISO8601DateFormatter()
        var pairs: [(String, String)] = [
            ("run", run.id), ("name", run.name), ("experiment", experiment), ("status", run.status.rawValue),
            ("started", formatter.string(from: run.startTime)),
        ]
        if let end = run.endTime { pairs.append(("ended", formatter.string(from: end))) }
        pairs.append(("host", run.host))
        pairs.append(("code version", run.codeVersion ?? "unknown"))
        if !run.tags.isEmpty {
            pairs.append(
                ("tags", run.tags.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")))
        }
        return pairs
    }

    static func label(_ data: RunReportData) -> String {
        data.run.name.isEmpty ? "run \(data.run.id.prefix(8))" : "\(data.run.name) (\(data.run.id.prefix(8)))"
    }

    static func last(_ data: RunReportData, _ key: String) -> String {
        data.series[key]?.last.map { number($0.value) } ?? "-"
    }

    static func number(_ value: Double) -> String { value.isFinite ? String(format: "%.4g", value) : "\(value)" }
}
