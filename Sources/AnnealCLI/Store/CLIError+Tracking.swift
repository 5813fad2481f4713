import Tracking

extension CLIError {
    /// Translates a tracking failure into the CLI's one-line error and sysexits code: missing runs, models and
    /// artifacts, corrupt artifacts, conflicts and newer stores are data errors (65); file-system failures are 66;
    /// arguments the store rejects are usage errors (64).
    init(tracking error: TrackingError) {
        switch error.code {
        case .io, .artifactMissing: self.init(kind: .missingFile, message: error.message)
        case .invalidArgument: self.init(kind: .usage, message: error.message)
        default: self.init(kind: .data, message: error.message)
        }
    }
}
