import Foundation
import Training

/// Shows training progress on standard error: on a terminal, a bar redrawn in place (step, loss, rate, samples per
/// second, ETA) with validation lines and events printed above it; otherwise plain lines, one every `every` steps.
final class ProgressObserver: TrainingObserver {
    /// How progress is drawn.
    enum Style {
        /// A bar redrawn in place (standard error is a terminal).
        case bar
        /// One line every this many steps (a log file, a pipe).
        case lines(every: Int)
    }

    private let totalSteps: Int
    private let batchSize: Int
    private let style: Style
    private let scaling: TargetScaling?
    private let output = Terminal.standardError
    private var start: (time: UInt64, step: Int)?
    private var lastDraw: UInt64 = 0
    private var barShown = false
    private var lastReport: StepReport?

    /// Creates the observer.
    /// - Parameters:
    ///   - totalSteps: the run's length.
    ///   - batchSize: samples per step.
    ///   - style: a bar or plain lines.
    ///   - scaling: a regression target's scaling, to show losses in the target's units.
    init(totalSteps: Int, batchSize: Int, style: Style, scaling: TargetScaling?) {
        self.totalSteps = totalSteps
        self.batchSize = batchSize
        self.style = style
        self.scaling = scaling
    }

    func trainerDidStep(_ report: StepReport) {
        let now = DispatchTime.now().uptimeNanoseconds
        if start == nil { start = (now, report.step - 1) }
        lastReport = report
        switch style {
        case .bar:
            if now - lastDraw >= 100_000_000 || report.step == totalSteps {
                lastDraw = now
                drawBar(report, now: now)
            }
        case .lines(let every):
            if report.step % every == 0 || report.step == totalSteps { show(line(report, now: now)) }
        }
    }

    func trainerDidValidate(_ report: ValidationReport) {
        var text = "step \(report.step)  val_loss \(TrainingText.number(loss(report.loss)))"
        if let accuracy = report.accuracy { text += "  val_accuracy \(TrainingText.number(accuracy))" }
        if scaling != nil { text += "  val_rmse \(TrainingText.number(loss(report.loss).squareRoot()))" }
        show(text)
    }

    func trainerDidRecord(_ event: TrainingEvent) {
        show(TrainingText.event(event))
    }

    func trainerDidEnd(_ result: TrainingResult) {
        if barShown {
            if let lastReport { drawBar(lastReport, now: DispatchTime.now().uptimeNanoseconds) }
            output.write("\n")
            barShown = false
        }
    }

    /// A loss in the target's units.
    private func loss(_ value: Double) -> Double { scaling?.squaredErrorInTargetUnits(value) ?? value }

    /// Prints a line above the bar (clearing and redrawing it).
    private func show(_ text: String) {
        if barShown { output.write("\r\u{1B}[2K") }
        output.write(text + "\n")
        if barShown, let lastReport { drawBar(lastReport, now: DispatchTime.now().uptimeNanoseconds) }
    }

    private func drawBar(_ report: StepReport, now: UInt64) {
        let width = 24
        let fraction = totalSteps > 0 ? min(1, Double(report.step) / Double(totalSteps)) : 1
        let filled = Int((fraction * Double(width)).rounded(.down))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let percent = String(format: "%3d%%", Int(fraction * 100))
        output.write("\r\u{1B}[2K\(percent) \(bar) \(statistics(report, now: now))")
        barShown = true
    }

    private func line(_ report: StepReport, now: UInt64) -> String {
        "step \(statistics(report, now: now))"
    }

    private func statistics(_ report: StepReport, now: UInt64) -> String {
        var (speed, eta) = (Double.nan, Double.nan)
        if let start, report.step > start.step, now > start.time {
            let seconds = Double(now - start.time) / 1e9
            let steps = Double(report.step - start.step)
            speed = steps * Double(batchSize) / seconds
            eta = seconds / steps * Double(max(totalSteps - report.step, 0))
        }
        return "\(report.step)/\(totalSteps)  loss \(TrainingText.number(loss(report.loss)))  "
            + "lr \(TrainingText.rate(report.rate))  \(TrainingText.throughput(speed)) samples/s  "
            + "ETA \(TrainingText.duration(eta))"
    }
}
