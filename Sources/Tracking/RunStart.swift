import Foundation

/// What a new run is started with. Host and code version default to this machine and the current git commit.
public struct RunStart: Sendable {
    /// The experiment's name; it is created when missing.
    public var experiment: String
    /// The run's display name.
    public var name: String
    /// Initial parameters (immutable once set).
    public var params: [String: String]
    /// Initial tags.
    public var tags: [String: String]
    /// The schedule's JSON spec.
    public var scheduleSpec: String?
    /// Dataset cards.
    public var datasetCards: [DatasetCard]
    /// The machine name; defaults to the host name.
    public var host: String
    /// The code version; defaults to the git commit of the working directory when it is a git checkout.
    public var codeVersion: String?
    /// The start time; defaults to now.
    public var startTime: Date

    /// Describes a run to start.
    public init(
        experiment: String = "default", name: String = "", params: [String: String] = [:],
        tags: [String: String] = [:], scheduleSpec: String? = nil, datasetCards: [DatasetCard] = [],
        host: String = ProcessInfo.processInfo.hostName, codeVersion: String? = CodeVersion.current(),
        startTime: Date = Date()
    ) {
        self.experiment = experiment
        self.name = name
        self.params = params
        self.tags = tags
        self.scheduleSpec = scheduleSpec
        self.datasetCards = datasetCards
        self.host = host
        self.codeVersion = codeVersion
        self.startTime = startTime
    }
}
