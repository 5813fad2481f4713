import Foundation
import Reports
import Tracking

/// What `anneal report` prints without `--out`: for each run its identity, final metrics, a one-line summary of
/// each curve and the trainer's events, and, when plotting, the curves as braille terminal plots (the same curves
/// as the HTML page: rate, training and validation loss, validation accuracy).
///
/// Without plots the text has no escape codes and no drawing, so piped output stays plain and stable.
enum RunReportText {
    /// The text of every run, separated by blank lines.
    /// - Parameters:
    ///   - plots: whether to draw the curves.
    ///   - colours: whether the plots may use ANSI colours.
    ///   - width: columns of each plot.
    static func make(_ runs: [RunReportData], plots: Bool, colours: Bool, width: Int = 72) -> String {
        runs.map { text($0, plots: plots, colours: colours, width: width) }.joined(separator: "\n\n") + "\n"
    }

    /// One run.
    static func text(_ data: RunReportData, plots: Bool, colours: Bool, width: Int) -> String {
        var lines = [
            "\(RunReportPage.label(data)) · run \(data.run.id) · experiment \(data.experiment) · "
                + data.run.status.rawValue
        ]
        let finals = data.series.keys.filter { !RunReportPage.curveKeys.contains($0) }.sorted()
        let values = finals.compactMap { key in
            data.series[key]?.last.map { "\(key) \(RunReportPage.number($0.value))" }
        }
        lines.append("final metrics: " + (values.isEmpty ? "none recorded" : values.joined(separator: ", ")))
        for key in ["lr", "loss", "val_loss", "val_accuracy", "val_rmse"] {
            if let samples = data.series[key], !samples.isEmpty { lines.append(curveLine(key, samples)) }
        }
        if data.events.isEmpty {
            lines.append("events: none (the trainer made no decision of its own)")
        } else {
            lines.append("events:")
            for event in data.events {
                let rates =
                    event.oldRate.flatMap { old in
                        event.newRate.map { " \(RunReportPage.number(old)) → \(RunReportPage.number($0))" }
                    } ?? ""
                lines.append("  step \(event.step) \(event.kind)\(rates): \(event.reason)")
            }
        }
        if let reliability = data.reliability {
            lines.append(
                "calibration: ECE \(RunReportPage.number(reliability.expectedCalibrationError)) over "
                    + "\(reliability.sampleCount) validation samples")
        }
        if plots {
            for plot in self.plots(data, colours: colours, width: width) { lines.append("\n" + plot.render()) }
        }
        return lines.joined(separator: "\n")
    }

    /// `key: N points, step a–b, first → last, min m at step s`.
    static func curveLine(_ key: String, _ samples: [MetricSample]) -> String {
        let number = RunReportPage.number
        var line = "\(key): \(samples.count) point\(samples.count == 1 ? "" : "s")"
        if let first = samples.first, let last = samples.last {
            line += ", steps \(first.step)–\(last.step), \(number(first.value)) → \(number(last.value))"
        }
        if let lowest = samples.filter({ $0.value.isFinite }).min(by: { $0.value < $1.value }) {
            line += ", min \(number(lowest.value)) at step \(lowest.step)"
        }
        return line
    }

    /// The run's curves as terminal plots: rate; training and validation loss; validation accuracy.
    static func plots(_ data: RunReportData, colours: Bool, width: Int) -> [TerminalPlot] {
        var plots: [TerminalPlot] = []
        func plot(_ title: String, _ series: [Series]) {
            let drawn = series.filter { $0.count > 0 }
            if !drawn.isEmpty {
                plots.append(TerminalPlot(title: title, series: drawn, width: width, height: 10, colours: colours))
            }
        }
        plot("learning rate by step", [Series(name: "lr", points: data.points("lr"))])
        plot(
            "loss by step",
            [
                Series(name: "training loss", points: data.points("loss")),
                Series(name: "validation loss", points: data.points("val_loss")),
            ])
        plot("validation accuracy by step", [Series(name: "validation accuracy", points: data.points("val_accuracy"))])
        return plots
    }
}
