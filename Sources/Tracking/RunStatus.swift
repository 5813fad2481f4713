/// The life-cycle state of a run, spelled as MLflow spells it.
public enum RunStatus: String, Codable, Sendable, CaseIterable {
    /// The run is logging.
    case running = "RUNNING"
    /// The run ended normally.
    case finished = "FINISHED"
    /// The run ended with an error.
    case failed = "FAILED"
    /// The run was stopped by a user or a supervisor.
    case killed = "KILLED"

    /// Parses a status case-insensitively (`running`, `FINISHED`, ...).
    /// - Throws: `TrackingError.invalidArgument` naming the value and the accepted spellings.
    public init(parsing text: String) throws {
        guard let status = RunStatus(rawValue: text.uppercased()) else {
            let accepted = RunStatus.allCases.map(\.rawValue).joined(separator: ", ")
            throw TrackingError(.invalidArgument, "unknown run status '\(text)': use one of \(accepted)")
        }
        self = status
    }
}
