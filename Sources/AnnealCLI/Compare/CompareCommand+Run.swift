import Evaluation
import Foundation
import Schedules
import Sweeps
import Tensors
import Tracking
import Training

extension CompareCommand {
    /// Checks the inputs, runs the grid, prints the leaderboard and writes the report.
    func compare() async throws {
        let target = try targetMetric.map { text in
            try CLIError.mappingLibraryErrors("--target-metric") { try ComparisonTarget(parsing: text) }
        }
        let price = try price.map { amount in
            try CLIError.mappingLibraryErrors("--price") { try CorePrice(perCoreHour: amount, currency: currency) }
        }
        let names = Self.names(schedules)
        let rate = try OptimizerChoice(parsing: options.optimizer).learningRate
        var specs: [String: ScheduleSpec] = [:]
        for (name, argument) in zip(names, schedules) {
            specs[name] = try TrainCommand.scheduleSpec(argument, rate: rate)
        }
        let jobs = self.jobs ?? ProcessInfo.processInfo.activeProcessorCount
        ComputeSettings.threadCount = options.threads ?? max(1, ProcessInfo.processInfo.activeProcessorCount / jobs)
        if jobs > 1 && ComputeSettings.threadCount > 1 {
            Terminal.standardError.write(
                "note: with --jobs \(jobs) and \(ComputeSettings.threadCount) threads per trial, each trial's CPU seconds "
                    + "include the trials running beside it; use --threads 1 (or --jobs 1) for per-trial CPU time\n")
        }
        let location = noStore ? nil : try storeOptions.location()
        let experiment = self.experiment ?? "compare-\(Self.timestamp())"
        let trial = CompareTrial(
            options: options, schedules: specs, steps: steps, epochs: epochs ?? 1, valid: valid,
            validFraction: validFraction, validEvery: validEvery, location: location, experiment: experiment)
        let checked = try trial.setup(seed: options.seed)
        let seedList = (0..<UInt64(seeds)).map { options.seed &+ $0 }
        let grid = try CLIError.mappingLibraryErrors("compare") {
            try ScheduleComparison(schedules: names, seeds: seedList, jobs: jobs)
        }
        let total = grid.trials.count
        Terminal.standardError.write(
            "comparing \(names.count) schedule(s) × \(seeds) seed(s) = \(total) trials, \(jobs) at a time"
                + (location.map { ", recorded in \($0) (experiment \(experiment))" } ?? "") + "\n")
        let progress = TrialProgress(total: total)
        let result = await grid.run({ try await trial.run($0) }, finished: { progress.report($0) })
        let board = try CLIError.mappingLibraryErrors("compare") {
            try Leaderboard(result, target: target, price: price)
        }
        let summary = CompareSummary(
            experiment: location.map { _ in experiment }, store: location.map { "\($0)" }, leaderboard: board,
            failures: result.failures.map {
                .init(schedule: $0.spec.schedule, seed: $0.spec.seed, error: $0.failure ?? "")
            })
        let facts = reportFacts(checked: checked, names: names, experiment: location.map { _ in experiment })
        let page = CompareReportPage.make(result: result, leaderboard: board, facts: facts, task: checked.target.task)
        if let out {
            try CLIError.mappingLibraryErrors("--out") { try page.write(to: URL(fileURLWithPath: out)) }
            Terminal.standardError.write("report written to \(out)\n")
        }
        switch format {
        case .json: print(summary.json)
        case .text:
            print(summary.text, terminator: "")
            if plot ?? Terminal.outputIsTerminal {
                let colours = Terminal.usesColours
                print("\n" + page.terminalPlots(colours: colours))
            }
        }
        if board.rows.allSatisfy({ $0.finished == 0 }) { throw CLIError.data("every trial failed") }
    }

    /// Each schedule's name: its file name without the extension, or `schedule-N` for inline JSON; repeated
    /// names get `-2`, `-3`.
    static func names(_ arguments: [String]) -> [String] {
        var names: [String] = []
        for (index, argument) in arguments.enumerated() {
            let trimmed = argument.trimmingCharacters(in: .whitespaces)
            var name =
                trimmed.hasPrefix("{")
                ? "schedule-\(index + 1)" : URL(fileURLWithPath: argument).deletingPathExtension().lastPathComponent
            if names.contains(name) {
                var suffix = 2
                while names.contains("\(name)-\(suffix)") { suffix += 1 }
                name = "\(name)-\(suffix)"
            }
            names.append(name)
        }
        return names
    }

    /// The facts at the top of the HTML report.
    func reportFacts(checked: TrainingSetup, names: [String], experiment: String?) -> [(String, String)] {
        var facts: [(String, String)] = [
            ("data", options.data), ("target", "\(options.target) (\(checked.target.task.rawValue))"),
            ("model", checked.modelSpec.description), ("optimizer", checked.optimizer.description),
            ("batch size", "\(options.batchSize)"),
            ("length", steps.map { "\($0) steps" } ?? "\(epochs ?? 1) epochs"),
            ("seeds", "\(seeds) (from \(options.seed))"),
            ("validation", valid ?? "\(validFraction) of --data per seed (\(checked.validation?.count ?? 0) rows)"),
            ("schedules", zip(names, schedules).map { "\($0) = \($1)" }.joined(separator: "; ")),
        ]
        if let targetMetric { facts.append(("target metric", targetMetric)) }
        if let price {
            facts.append(("price", "\(price) \(currency ?? "(money)") per CPU core-hour (CPU core-seconds billed)"))
        }
        if let experiment { facts.append(("experiment", experiment)) }
        return facts
    }

    /// A compact UTC time for default experiment names.
    static func timestamp() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return formatter.string(from: Date())
    }
}
