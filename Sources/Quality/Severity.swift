/// How serious a finding is. `error` findings make `anneal data check` exit with status 1.
public enum Severity: String, Codable, Sendable, CaseIterable, Comparable {
    /// Worth knowing; no action needed.
    case info
    /// Likely to hurt a model; review it.
    case warning
    /// Wrong or leaking data; fix it before training.
    case error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (left: Severity, right: Severity) -> Bool { left.rank < right.rank }
}
