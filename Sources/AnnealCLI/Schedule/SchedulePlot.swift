import ArgumentParser
import Foundation
import Reports
import Schedules

/// `anneal schedule plot`: one or more schedules overlaid, as an SVG file or a terminal plot.
struct SchedulePlot: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plot", abstract: "Plot one or more schedules (SVG with --out, else in the terminal).")

    @Argument(help: "One or more .json/.yaml spec files or inline JSON specs.")
    var specs: [String]

    @Option(help: "Number of steps (default: the longest schedule's own length, or 100).")
    var steps: Int?

    @Option(help: "Write an SVG file here instead of plotting in the terminal.")
    var out: String?

    @Flag(help: "Logarithmic rate axis.")
    var log = false

    @Option(help: "For reactive schedules: a file with one metric per line.")
    var metrics: String?

    func validate() throws {
        if specs.isEmpty { throw ValidationError("give at least one SPEC to plot") }
        if let steps, steps <= 0 { throw ValidationError("--steps must be > 0, got \(steps)") }
        if let out, !out.hasSuffix(".svg") { throw ValidationError("--out must name an .svg file, got '\(out)'") }
    }

    func run() async throws {
        try await reportingErrors {
            let built = try specs.map(ScheduleBuilder.build)
            let count = steps ?? built.map { ScheduleBuilder.defaultSteps($0.schedule) }.max() ?? 100
            let observed = try ScheduleBuilder.metrics(from: metrics)
            let series = zip(specs, built).map { argument, pair in
                Series(name: Self.label(argument, pair.spec), values: pair.schedule.rates(steps: count, metrics: observed))
            }
            let scale: AxisScale = log ? .log10 : .linear
            if let out {
                let chart = LineChart(
                    title: "Learning-rate schedule", xLabel: "step", yLabel: "learning rate", series: series,
                    yScale: scale)
                try AtomicFile.write(Data(chart.svg().utf8), to: out)
                print("wrote \(out) (\(series.count) schedule\(series.count == 1 ? "" : "s"), \(count) steps)")
            } else {
                let colours = Terminal.usesColours
                print(TerminalPlot(title: "learning rate over \(count) steps", series: series, yScale: scale, colours: colours).render())
            }
        }
    }

    /// A legend label: the file name, or the type of an inline spec.
    static func label(_ argument: String, _ spec: ScheduleSpec) -> String {
        if argument.trimmingCharacters(in: .whitespaces).hasPrefix("{") { return spec.type }
        return URL(fileURLWithPath: argument).deletingPathExtension().lastPathComponent
    }
}
