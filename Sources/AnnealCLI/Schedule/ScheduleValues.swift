import ArgumentParser
import Foundation
import Schedules

/// `anneal schedule values`: the rate at every step.
struct ScheduleValues: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "values", abstract: "Print the rate at steps 0..N-1.")

    @Argument(help: "A .json/.yaml spec file or inline JSON.")
    var spec: String

    @Option(help: "Number of steps (default: the schedule's own length, or 100).")
    var steps: Int?

    @Option(help: "For reactive schedules: a file with one metric per line, observed after each step.")
    var metrics: String?

    @Option(help: "table, csv or json.")
    var format: OutputFormat = .table

    func validate() throws {
        if let steps, steps < 0 { throw ValidationError("--steps must be >= 0, got \(steps)") }
    }

    func run() async throws {
        try await reportingErrors {
            let (_, schedule) = try ScheduleBuilder.build(spec)
            let count = steps ?? ScheduleBuilder.defaultSteps(schedule)
            let observed = try ScheduleBuilder.metrics(from: metrics)
            if metrics != nil, !schedule.isReactive {
                Terminal.standardError.write("note: --metrics is ignored: this schedule does not react to metrics\n")
            }
            let rates = schedule.rates(steps: count, metrics: observed)
            print(Self.render(rates, format: format), terminator: "")
        }
    }

    static func render(_ rates: [Double], format: OutputFormat) -> String {
        switch format {
        case .csv:
            return "step,lr\n" + rates.enumerated().map { "\($0),\(number($1))\n" }.joined()
        case .json:
            let rows = rates.enumerated().map { "{\"step\":\($0),\"lr\":\(number($1))}" }
            return "[" + rows.joined(separator: ",") + "]\n"
        case .table:
            let width = max(4, String(rates.count - 1).count)
            let header = "step".padding(toLength: width, withPad: " ", startingAt: 0) + "  lr\n"
            return header + rates.enumerated().map {
                String(repeating: " ", count: width - String($0).count) + "\($0)  \(number($1))\n"
            }.joined()
        }
    }

    /// Shortest text that reads back as the same Double (Swift's description), NaN as `nan`.
    static func number(_ value: Double) -> String {
        value.isNaN ? "nan" : "\(value)"
    }
}
