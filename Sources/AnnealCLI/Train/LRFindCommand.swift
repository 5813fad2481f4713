import ArgumentParser
import Foundation
import Reports
import Schedules
import Tensors
import Training

/// `anneal lr-find`: the learning-rate range test, with fastai's suggestions and a ready one-cycle schedule.
struct LRFindCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lr-find",
        abstract: "Run the learning-rate range test and suggest a rate and a one-cycle schedule.",
        discussion: """
            Trains a copy of the model for --steps batches while the rate grows exponentially from --min-lr to \
            --max-lr, and stops early when the smoothed loss (β = 0.98) exceeds 4× its best (fastai's lr_find). \
            Suggestions follow fastai: valley (the default pick), steep (fastest descent) and minimum (a tenth of \
            the rate at the lowest loss). The one_cycle spec peaks at the picked rate; pass it to anneal train \
            --schedule.
            """)

    /// The rule that picks the schedule's peak rate.
    enum Rule: String, ExpressibleByArgument, CaseIterable {
        case valley, steep, minimum
        var rule: RangeTestResult.Rule {
            switch self {
            case .valley: .valley
            case .steep: .steep
            case .minimum: .minimum
            }
        }
    }

    @OptionGroup var options: ModelOptions

    @Option(name: .customLong("min-lr"), help: "The first rate.")
    var minLR: Double = 1e-7

    @Option(name: .customLong("max-lr"), help: "The rate reached at the last step.")
    var maxLR: Double = 10

    @Option(help: "Steps of the sweep.")
    var steps: Int = 100

    @Option(help: "Write the curve as an SVG file (suggestions as vertical markers) instead of a terminal plot.")
    var out: String?

    @Option(name: .customLong("total-steps"), help: "Length of the run the one_cycle schedule is made for.")
    var totalSteps: Int = 1000

    @Option(help: "Which suggestion the one_cycle schedule peaks at: valley, steep or minimum.")
    var rule: Rule = .valley

    @Option(help: "text or json.")
    var format: ReportFormat = .text

    func validate() throws {
        guard minLR > 0, minLR.isFinite, maxLR.isFinite, maxLR > minLR else {
            throw ValidationError("--min-lr and --max-lr must be positive with --min-lr < --max-lr, got \(minLR) and \(maxLR)")
        }
        if steps < 2 { throw ValidationError("--steps must be at least 2, got \(steps)") }
        if totalSteps < 1 { throw ValidationError("--total-steps must be at least 1, got \(totalSteps)") }
        if let out, !out.hasSuffix(".svg") { throw ValidationError("--out must name an .svg file, got '\(out)'") }
    }

    func run() async throws {
        try await reportingErrors {
            if let threads = options.threads { ComputeSettings.threadCount = threads }
            let setup = try TrainingSetup(options: options, validationPath: nil, validationFraction: 0)
            var test = RangeTest()
            test.minRate = minLR
            test.maxRate = maxLR
            test.steps = steps
            test.batchSize = options.batchSize
            test.seed = options.seed
            let result = try CLIError.mappingLibraryErrors("lr-find") {
                try test.run(
                    model: setup.model, optimizer: setup.optimizer.spec.makeOptimizer(), loss: setup.loss,
                    data: setup.training)
            }
            let schedule = result.recommendedSchedule(totalSteps: totalSteps, rule: rule.rule)
            if let out { try AtomicFile.write(Data(Self.chart(result).svg().utf8), to: out) }
            switch format {
            case .json: print(Self.json(result, schedule: schedule))
            case .text:
                if out == nil { print(Self.plot(result)) }
                print(text(result, schedule: schedule))
            }
        }
    }

    /// The points worth drawing: fastai leaves out the last five, where the loss shoots up.
    static func shown(_ result: RangeTestResult) -> (rates: [Double], losses: [Double]) {
        let count = result.rates.count > 10 ? result.rates.count - 5 : result.rates.count
        return (Array(result.rates.prefix(count)), Array(result.losses.prefix(count)))
    }

    /// The curve as an SVG chart on a log rate axis, with a marker per suggestion.
    static func chart(_ result: RangeTestResult) -> LineChart {
        let (rates, losses) = shown(result)
        var markers: [Marker] = []
        if let suggestions = result.suggestions {
            markers = [
                Marker(x: suggestions.valley, label: "valley \(TrainingText.rate(suggestions.valley))"),
                Marker(x: suggestions.steep, label: "steep \(TrainingText.rate(suggestions.steep))"),
                Marker(x: suggestions.minimum, label: "minimum \(TrainingText.rate(suggestions.minimum))"),
            ]
        }
        let series = (try? Series(name: "smoothed loss", x: rates, y: losses)).map { [$0] } ?? []
        return LineChart(
            title: "Learning-rate range test", xLabel: "learning rate", yLabel: "smoothed loss", series: series,
            markers: markers, xScale: .log10)
    }

    /// The curve as a terminal plot against log10 of the rate.
    static func plot(_ result: RangeTestResult) -> String {
        let (rates, losses) = shown(result)
        let series = (try? Series(name: "smoothed loss", x: rates.map { log10($0) }, y: losses)).map { [$0] } ?? []
        let colours = Terminal.usesColours
        return TerminalPlot(title: "smoothed loss against log10(learning rate)", series: series, colours: colours)
            .render()
    }

    /// The suggestions and the schedule as text.
    func text(_ result: RangeTestResult, schedule: ScheduleSpec?) -> String {
        var lines = [
            "range test: \(result.rates.count) of \(result.plannedSteps) steps from \(minLR) to \(maxLR)"
                + (result.diverged ? " (stopped: the loss diverged)" : "")
        ]
        if let out { lines.append("wrote \(out)") }
        guard let suggestions = result.suggestions, let schedule else {
            lines.append("no suggestion: too few points were recorded; widen --max-lr or run more --steps")
            return lines.joined(separator: "\n")
        }
        lines.append("suggestions:")
        lines.append("  valley   \(TrainingText.rate(suggestions.valley))")
        lines.append("  steep    \(TrainingText.rate(suggestions.steep))")
        lines.append(
            "  minimum  \(TrainingText.rate(suggestions.minimum)) (a tenth of "
                + "\(TrainingText.rate(suggestions.rateAtMinimumLoss)), the rate at the lowest loss)")
        lines.append("one_cycle schedule (\(rule.rawValue), \(totalSteps) steps):")
        lines.append(schedule.json)
        return lines.joined(separator: "\n")
    }

    /// Everything as one JSON object.
    static func json(_ result: RangeTestResult, schedule: ScheduleSpec?) -> String {
        func number(_ value: Double) -> String { value.isFinite ? "\(value)" : "null" }
        var fields = [
            "\"rates\":[\(result.rates.map(number).joined(separator: ","))]",
            "\"losses\":[\(result.losses.map(number).joined(separator: ","))]",
            "\"diverged\":\(result.diverged)",
            "\"schedule\":\(schedule?.json ?? "null")",
        ]
        if let s = result.suggestions {
            fields.append(
                "\"suggestions\":{\"minimum\":\(number(s.minimum)),\"rate_at_minimum_loss\":"
                    + "\(number(s.rateAtMinimumLoss)),\"steep\":\(number(s.steep)),\"valley\":\(number(s.valley))}")
        } else {
            fields.append("\"suggestions\":null")
        }
        return "{" + fields.joined(separator: ",") + "}"
    }
}
