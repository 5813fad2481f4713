import Foundation
import Schedules

/// Loads and builds the schedules named on the command line.
enum ScheduleBuilder {
    /// Loads a spec argument and builds it.
    /// - Throws: `CLIError` (66 for a missing file, 65 for an invalid spec).
    static func build(_ argument: String) throws -> (spec: ScheduleSpec, schedule: BuiltSchedule) {
        let spec = try SpecLoader.load(argument)
        do {
            return (spec, try ScheduleCatalog.standard.build(spec))
        } catch let error as ScheduleError {
            throw CLIError.data("\(argument.hasPrefix("{") ? "spec" : argument): \(error)")
        }
    }

    /// The default run length: the schedule's own horizon, or 100 steps.
    static func defaultSteps(_ schedule: BuiltSchedule) -> Int {
        schedule.facts.totalSteps.map { max($0, 1) } ?? 100
    }

    /// Reads one metric per line (blank lines and `#` comments skipped).
    /// - Throws: `CLIError` naming the line that is not a number.
    static func metrics(from path: String?) throws -> [Double] {
        guard let path else { return [] }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError.missingFile("metrics file '\(path)' does not exist or cannot be read")
        }
        var values: [Double] = []
        for (index, line) in String(decoding: data, as: UTF8.self).split(
            separator: "\n", omittingEmptySubsequences: false
        ).enumerated() {
            let text = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty || text.hasPrefix("#") { continue }
            guard let value = Double(text) else {
                throw CLIError.data("\(path):\(index + 1): '\(text)' is not a number; write one metric per line")
            }
            values.append(value)
        }
        return values
    }
}

