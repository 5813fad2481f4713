import GRDB

/// The SQLite schema as numbered migrations. Version `n` is reached by running migrations `1...n` in order; the
/// version is kept in `schema_version`. Never edit a released migration: add a new one.
enum SQLiteSchema {
    static let migrations: [String] = [
        // 1: experiments, runs, metrics, artifacts.
        """
        CREATE TABLE experiments (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_at REAL NOT NULL);
        CREATE TABLE runs (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, experiment_id TEXT NOT NULL REFERENCES experiments(id),
            status TEXT NOT NULL, start_time REAL NOT NULL, end_time REAL, host TEXT NOT NULL,
            code_version TEXT, schedule_spec TEXT);
        CREATE INDEX runs_by_experiment ON runs(experiment_id, start_time);
        CREATE TABLE run_params (run_id TEXT NOT NULL REFERENCES runs(id), key TEXT NOT NULL, value TEXT NOT NULL,
            PRIMARY KEY (run_id, key));
        CREATE TABLE run_tags (run_id TEXT NOT NULL REFERENCES runs(id), key TEXT NOT NULL, value TEXT NOT NULL,
            PRIMARY KEY (run_id, key));
        CREATE TABLE dataset_cards (id INTEGER PRIMARY KEY, run_id TEXT NOT NULL REFERENCES runs(id),
            role TEXT NOT NULL, json TEXT NOT NULL);
        CREATE TABLE metric_series (id INTEGER PRIMARY KEY, run_id TEXT NOT NULL REFERENCES runs(id),
            key TEXT NOT NULL, UNIQUE (run_id, key));
        CREATE TABLE metric_points (series_id INTEGER NOT NULL, step INTEGER NOT NULL, value REAL,
            wall_time REAL NOT NULL);
        CREATE INDEX metric_points_by_step ON metric_points(series_id, step);
        CREATE TABLE artifacts (id INTEGER PRIMARY KEY, run_id TEXT NOT NULL REFERENCES runs(id),
            name TEXT NOT NULL, kind TEXT NOT NULL, sha256 TEXT NOT NULL, size INTEGER NOT NULL,
            created_at REAL NOT NULL);
        CREATE INDEX artifacts_by_hash ON artifacts(sha256);
        """,
        // 2: model registry and the audit chain.
        """
        CREATE TABLE models (name TEXT PRIMARY KEY, description TEXT NOT NULL, created_at REAL NOT NULL);
        CREATE TABLE model_versions (model TEXT NOT NULL REFERENCES models(name), version INTEGER NOT NULL,
            run_id TEXT NOT NULL, artifact_sha256 TEXT NOT NULL, metrics TEXT NOT NULL, data_card TEXT,
            created_at REAL NOT NULL, PRIMARY KEY (model, version));
        CREATE TABLE model_aliases (model TEXT NOT NULL, alias TEXT NOT NULL, version INTEGER NOT NULL,
            PRIMARY KEY (model, alias), FOREIGN KEY (model, version) REFERENCES model_versions(model, version));
        CREATE TABLE alias_history (id INTEGER PRIMARY KEY, model TEXT NOT NULL, alias TEXT NOT NULL,
            from_version INTEGER, to_version INTEGER NOT NULL, actor TEXT NOT NULL, reason TEXT NOT NULL,
            time REAL NOT NULL, is_rollback INTEGER NOT NULL);
        CREATE TABLE audit_events (seq INTEGER PRIMARY KEY, time_us INTEGER NOT NULL, kind TEXT NOT NULL,
            subject TEXT NOT NULL, details TEXT NOT NULL, actor TEXT NOT NULL, prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL);
        CREATE TABLE audit_head (id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL, hash TEXT NOT NULL);
        INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '\(AuditChain.genesisHash)');
        """,
    ]

    /// The schema version this binary writes.
    static var currentVersion: Int { migrations.count }

    /// Brings the database to `target` (default: current) inside the caller's write transaction.
    /// - Throws: `schemaTooNew` when the database is newer than this binary.
    static func migrate(_ db: Database, path: String, upTo target: Int = currentVersion) throws {
        try db.execute(sql: "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        let stored = try Int.fetchOne(db, sql: "SELECT version FROM schema_version")
        if stored == nil { try db.execute(sql: "INSERT INTO schema_version (version) VALUES (0)") }
        let version = stored ?? 0
        if version > currentVersion {
            throw TrackingError(
                .schemaTooNew,
                "the store \(path) has schema version \(version) but this Anneal knows versions up to "
                    + "\(currentVersion): upgrade Anneal to open it")
        }
        guard version < target else { return }
        for index in version..<target {
            try db.execute(sql: migrations[index])
        }
        try db.execute(sql: "UPDATE schema_version SET version = ?", arguments: [target])
    }
}
