import Foundation

/// One training or evaluation run: its identity, status, provenance and immutable parameters.
public struct Run: Codable, Sendable, Hashable {
    /// Stable identifier (a lowercase UUID without dashes, as MLflow run ids look).
    public var id: String
    /// Human-readable name (not necessarily unique).
    public var name: String
    /// The experiment the run belongs to.
    public var experimentID: String
    /// Current status.
    public var status: RunStatus
    /// When the run started.
    public var startTime: Date
    /// When the run ended; `nil` while running.
    public var endTime: Date?
    /// The machine the run was started on.
    public var host: String
    /// The code version (git commit) the run was started from, when known.
    public var codeVersion: String?
    /// Parameters; each may be set once (setting it again to another value is an error).
    public var params: [String: String]
    /// Free-form tags; may be changed at any time.
    public var tags: [String: String]
    /// The learning-rate schedule as its JSON spec, when recorded.
    public var scheduleSpec: String?
    /// Dataset cards recorded for the run.
    public var datasetCards: [DatasetCard]

    /// Creates a run value.
    public init(
        id: String, name: String, experimentID: String, status: RunStatus, startTime: Date, endTime: Date?,
        host: String, codeVersion: String?, params: [String: String] = [:], tags: [String: String] = [:],
        scheduleSpec: String? = nil, datasetCards: [DatasetCard] = []
    ) {
        self.id = id
        self.name = name
        self.experimentID = experimentID
        self.status = status
        self.startTime = startTime
        self.endTime = endTime
        self.host = host
        self.codeVersion = codeVersion
        self.params = params
        self.tags = tags
        self.scheduleSpec = scheduleSpec
        self.datasetCards = datasetCards
    }
}
