import Foundation

/// One registered version of a model: the run that produced it, the artifact holding it, its metrics and data card.
public struct ModelVersion: Codable, Sendable, Hashable {
    /// The model's name.
    public var model: String
    /// Version number, 1, 2, 3, ... per model.
    public var version: Int
    /// The run that produced it.
    public var runID: String
    /// SHA-256 of the model artifact.
    public var artifactSHA256: String
    /// Evaluation metrics recorded at registration.
    public var metrics: [String: Double]
    /// The data card (JSON) of the data it was trained on.
    public var dataCard: String?
    /// When it was registered.
    public var createdAt: Date

    /// Creates a version value.
    public init(
        model: String, version: Int, runID: String, artifactSHA256: String, metrics: [String: Double],
        dataCard: String?, createdAt: Date
    ) {
        self.model = model
        self.version = version
        self.runID = runID
        self.artifactSHA256 = artifactSHA256
        self.metrics = metrics
        self.dataCard = dataCard
        self.createdAt = createdAt
    }
}
