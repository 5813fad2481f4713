import Foundation

/// Where Anneal keeps experiments, runs, metric series, artifacts, the model registry and the audit chain.
///
/// Two backends implement it with identical behaviour (one conformance suite checks both): ``SQLiteStore`` for one
/// machine (the default, under `./.anneal/`) and ``PostgresStore`` for many processes and machines sharing one state.
/// Open either from a ``StoreLocation`` with ``StoreLocation/open()``.
public protocol Store: Sendable {
    /// Where the store lives.
    var location: StoreLocation { get }

    /// The schema version of the opened store (equal to the binary's after opening).
    func schemaVersion() async throws -> Int

    /// Releases connections. The store must not be used afterwards.
    func close() async throws

    // MARK: Experiments and runs

    /// Returns the experiment with this name, creating it when missing.
    func createExperiment(named name: String) async throws -> Experiment
    /// Every experiment, oldest first.
    func experiments() async throws -> [Experiment]
    /// Starts a run (creating its experiment when missing) with status `RUNNING`.
    func startRun(_ start: RunStart) async throws -> Run
    /// The run with this id. - Throws: `notFound` naming the id.
    func run(id: String) async throws -> Run
    /// Runs, newest first, optionally of one experiment (by name) and/or one status.
    func runs(experiment: String?, status: RunStatus?) async throws -> [Run]
    /// Ends a run. - Throws: `conflict` if it already ended.
    func finishRun(id: String, status: RunStatus, endTime: Date) async throws
    /// Sets parameters; re-setting one to the same value is accepted, to another value throws `immutableParam`.
    func setParams(_ params: [String: String], runID: String) async throws
    /// Sets (or overwrites) tags.
    func setTags(_ tags: [String: String], runID: String) async throws
    /// Records the run's schedule spec (JSON text).
    func setScheduleSpec(_ json: String, runID: String) async throws
    /// Adds a dataset card to the run.
    func addDatasetCard(_ card: DatasetCard, runID: String) async throws

    // MARK: Metrics

    /// Appends samples to a run in one committed transaction: when this returns, every sample survives a crash.
    func logMetrics(_ samples: [MetricSample], runID: String) async throws
    /// The metric keys a run has logged, sorted.
    func metricKeys(runID: String) async throws -> [String]
    /// A whole series ordered by step (then by logging order).
    func metricSeries(runID: String, key: String) async throws -> [MetricSample]
    /// A series reduced to at most `buckets` equal-width step buckets, each with min, max, mean and count
    /// (computed in SQL), so plots keep extremes.
    func downsampledSeries(runID: String, key: String, buckets: Int) async throws -> [MetricBucket]
    /// Number of stored points of one key (or of all keys when `key` is nil).
    func metricCount(runID: String, key: String?) async throws -> Int

    // MARK: Artifacts

    /// Stores bytes under their SHA-256 (atomically: temp file + rename) and records them for the run.
    func logArtifact(_ data: Data, name: String, kind: String, runID: String) async throws -> Artifact
    /// Artifacts recorded for a run, oldest first.
    func artifacts(runID: String) async throws -> [Artifact]
    /// Reads an artifact's bytes and checks their hash. - Throws: `artifactCorrupt` naming both hashes.
    func readArtifact(sha256: String) async throws -> Data

    // MARK: Registry

    /// Registers a model name (idempotent: returns the existing model).
    func registerModel(named name: String, description: String) async throws -> RegisteredModel
    /// Every registered model with its aliases.
    func models() async throws -> [RegisteredModel]
    /// Adds the next version of a model (registering the model when missing) and appends a `registry.version`
    /// audit event in the same transaction.
    func createModelVersion(
        model: String, runID: String, artifactSHA256: String, metrics: [String: Double], dataCard: String?,
        actor: String
    ) async throws -> ModelVersion
    /// Versions of a model, oldest first.
    func modelVersions(model: String) async throws -> [ModelVersion]
    /// The version an alias points at, or nil when the alias is unset.
    func version(model: String, alias: String) async throws -> ModelVersion?
    /// Points an alias at a version atomically, records the move and appends an `alias.set` audit event.
    func setAlias(_ alias: String, model: String, version: Int, actor: String, reason: String) async throws
        -> AliasChange
    /// Moves an alias back to the version it held before its latest (non-rollback) move, recording an
    /// `alias.rollback` audit event. - Throws: `conflict` when there is no earlier version.
    func rollbackAlias(_ alias: String, model: String, actor: String, reason: String) async throws -> AliasChange
    /// Every move of an alias, oldest first.
    func aliasHistory(model: String, alias: String) async throws -> [AliasChange]

    // MARK: Audit

    /// Appends an event to the hash chain (serialised across processes) and returns the stored record.
    func appendAudit(_ event: AuditEvent) async throws -> AuditRecord
    /// Stored audit records with `seq > afterSeq`, in order, at most `limit`.
    func auditRecords(afterSeq: Int64, limit: Int) async throws -> [AuditRecord]
    /// Recomputes the chain and names the first edited, deleted, inserted or reordered event.
    func verifyAudit() async throws -> AuditVerification
}
