import ArgumentParser
import Drift

/// The streaming detectors of `anneal drift stream`, with River's names for them and their parameters.
enum DetectorName: String, ExpressibleByArgument, CaseIterable {
    case adwin
    case pageHinkley = "page_hinkley"
    case ddm, eddm
    case hddmA = "hddm_a"
    case hddmW = "hddm_w"
    case kswin

    /// The `--param` keys the detector takes (River 0.26's argument names).
    var parameterNames: [String] {
        switch self {
        case .adwin: ["delta", "clock", "max_buckets", "min_window_length", "grace_period"]
        case .pageHinkley: ["min_instances", "delta", "threshold", "alpha", "mode"]
        case .ddm: ["warm_start", "warning_threshold", "drift_threshold"]
        case .eddm: ["warm_start", "alpha", "beta"]
        case .hddmA: ["drift_confidence", "warning_confidence", "two_sided"]
        case .hddmW: ["drift_confidence", "warning_confidence", "lambda", "two_sided"]
        case .kswin: ["alpha", "window_size", "stat_size", "seed"]
        }
    }

    /// River's exact spellings where they differ from the short keys above.
    var aliases: [String: String] {
        switch self {
        case .hddmA: ["two_sided_test": "two_sided"]
        case .hddmW: ["two_sided_test": "two_sided", "lambda_val": "lambda"]
        default: [:]
        }
    }

    /// Whether the input is a 0/1 error stream (1 = the model erred) rather than any numbers.
    var takesErrors: Bool { [.ddm, .eddm, .hddmA, .hddmW].contains(self) }

    /// Whether the detector signals warnings before drift.
    var hasWarnings: Bool { takesErrors }

    /// A detector with River's defaults, changed by `parameters`.
    /// - Throws: `CLIError` (usage) for a value the detector rejects.
    func make(_ parameters: DetectorParameters) throws -> any StreamingDetector {
        let p = parameters
        do {
            switch self {
            case .adwin:
                return try ADWIN(
                    delta: p.double("delta", 0.002), clock: p.int("clock", 32), maxBuckets: p.int("max_buckets", 5),
                    minWindowLength: p.int("min_window_length", 5), gracePeriod: p.int("grace_period", 10))
            case .pageHinkley:
                return PageHinkley(
                    minInstances: try p.int("min_instances", 30), delta: try p.double("delta", 0.005),
                    threshold: try p.double("threshold", 50), alpha: try p.double("alpha", 1 - 0.0001),
                    mode: try p.mode("mode", .both))
            case .ddm:
                return DDM(
                    warmStart: try p.int("warm_start", 30), warningThreshold: try p.double("warning_threshold", 2),
                    driftThreshold: try p.double("drift_threshold", 3))
            case .eddm:
                return try EDDM(
                    warmStart: p.int("warm_start", 30), alpha: p.double("alpha", 0.95), beta: p.double("beta", 0.9))
            case .hddmA:
                return HDDMA(
                    driftConfidence: try p.double("drift_confidence", 0.001),
                    warningConfidence: try p.double("warning_confidence", 0.005),
                    twoSided: try p.bool("two_sided", false))
            case .hddmW:
                return HDDMW(
                    driftConfidence: try p.double("drift_confidence", 0.001),
                    warningConfidence: try p.double("warning_confidence", 0.005), lambda: try p.double("lambda", 0.05),
                    twoSided: try p.bool("two_sided", false))
            case .kswin:
                return try KSWIN(
                    alpha: p.double("alpha", 0.005), windowSize: p.int("window_size", 100),
                    statSize: p.int("stat_size", 30), seed: p.seed("seed", 42))
            }
        } catch let error as DriftError {
            throw CLIError(kind: .usage, message: "\(rawValue): \(error.message)")
        }
    }

    static var list: String { allCases.map(\.rawValue).joined(separator: "|") }

    /// One line per detector with its keys, for `--help`.
    static var parameterHelp: String {
        allCases.map { "  \($0.rawValue): \($0.parameterNames.joined(separator: ", "))" }.joined(separator: "\n")
    }
}
