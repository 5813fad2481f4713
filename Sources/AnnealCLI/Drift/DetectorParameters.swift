import Drift
import Foundation
import Schedules

/// The `--param key=value` settings of `anneal drift stream`, checked against the detector's River parameter
/// names. Every problem is a usage error (64) that names the key or value and the fix.
struct DetectorParameters {
    let detector: DetectorName
    private var values: [String: String] = [:]

    /// Parses `key=value` arguments.
    /// - Throws: `CLIError` (usage) for a malformed argument, a repeated key, or a key the detector does not take
    ///   (with a "did you mean" and the valid keys).
    init(_ arguments: [String], for detector: DetectorName) throws {
        self.detector = detector
        for argument in arguments {
            let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw usage(
                    "--param '\(argument)' is not key=value; write e.g. --param \(detector.parameterNames[0])=…")
            }
            let given = parts[0].trimmingCharacters(in: .whitespaces)
            let key = detector.aliases[given] ?? given
            guard detector.parameterNames.contains(key) else {
                let hint = EditDistance.suggestion(for: given, among: detector.parameterNames).map {
                    "did you mean '\($0)'? "
                }
                throw usage(
                    "\(detector.rawValue) has no parameter '\(given)'; \(hint ?? "")valid keys: "
                        + detector.parameterNames.joined(separator: ", "))
            }
            guard values[key] == nil else { throw usage("--param \(key) is given twice; keep one") }
            values[key] = parts[1].trimmingCharacters(in: .whitespaces)
        }
    }

    /// A real number, or `fallback` when not given.
    func double(_ key: String, _ fallback: Double) throws -> Double {
        guard let text = values[key] else { return fallback }
        guard let value = Double(text), value.isFinite else {
            throw bad(key, text, "a finite number such as \(fallback)")
        }
        return value
    }

    /// An integer, or `fallback` when not given.
    func int(_ key: String, _ fallback: Int) throws -> Int {
        guard let text = values[key] else { return fallback }
        guard let value = Int(text) else { throw bad(key, text, "a whole number such as \(fallback)") }
        return value
    }

    /// A non-negative integer seed, or `fallback` when not given.
    func seed(_ key: String, _ fallback: UInt64) throws -> UInt64 {
        guard let text = values[key] else { return fallback }
        guard let value = UInt64(text) else { throw bad(key, text, "a non-negative whole number such as \(fallback)") }
        return value
    }

    /// `true`/`false` (also `1`/`0`, `yes`/`no`), or `fallback` when not given.
    func bool(_ key: String, _ fallback: Bool) throws -> Bool {
        guard let text = values[key] else { return fallback }
        switch text.lowercased() {
        case "true", "1", "yes": return true
        case "false", "0", "no": return false
        default: throw bad(key, text, "true or false")
        }
    }

    /// Page-Hinkley's direction, or `fallback` when not given.
    func mode(_ key: String, _ fallback: PageHinkley.Mode) throws -> PageHinkley.Mode {
        guard let text = values[key] else { return fallback }
        guard let mode = PageHinkley.Mode(rawValue: text.lowercased()) else { throw bad(key, text, "up, down or both") }
        return mode
    }

    private func bad(_ key: String, _ text: String, _ expected: String) -> CLIError {
        usage("--param \(key)=\(text): \(detector.rawValue)'s \(key) must be \(expected)")
    }

    private func usage(_ message: String) -> CLIError { CLIError(kind: .usage, message: message) }
}
