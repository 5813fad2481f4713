import ArgumentParser
import Foundation
import Schedules

/// `anneal schedule lint`: warnings and errors for a schedule and a run length.
struct ScheduleLintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint", abstract: "Check a schedule against a run length; exit 1 on errors.")

    @Argument(help: "A .json/.yaml spec file or inline JSON.")
    var spec: String

    @Option(help: "Number of steps the run will take.")
    var steps: Int

    @Option(help: "text or json.")
    var format: ReportFormat = .text

    func validate() throws {
        if steps <= 0 { throw ValidationError("--steps must be > 0, got \(steps)") }
    }

    func run() async throws {
        var findings: [LintFinding] = []
        try await reportingErrors {
            let (_, schedule) = try ScheduleBuilder.build(spec)
            findings = ScheduleLint.check(schedule, steps: steps)
            switch format {
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                print(String(decoding: try encoder.encode(findings), as: UTF8.self))
            case .text:
                if findings.isEmpty { print("ok: no findings for \(steps) steps") }
                findings.forEach { print($0) }
            }
        }
        if findings.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}
