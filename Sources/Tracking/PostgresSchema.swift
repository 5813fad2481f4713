/// The PostgreSQL schema as numbered migrations, mirroring ``SQLiteSchema`` version for version.
enum PostgresSchema {
    static let migrations: [String] = [
        // 1: experiments, runs, metrics, artifacts.
        """
        CREATE TABLE experiments (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_at DOUBLE PRECISION NOT NULL);
        CREATE TABLE runs (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, experiment_id TEXT NOT NULL REFERENCES experiments(id),
            status TEXT NOT NULL, start_time DOUBLE PRECISION NOT NULL, end_time DOUBLE PRECISION, host TEXT NOT NULL,
            code_version TEXT, schedule_spec TEXT);
        CREATE INDEX runs_by_experiment ON runs(experiment_id, start_time);
        CREATE TABLE run_params (run_id TEXT NOT NULL REFERENCES runs(id), key TEXT NOT NULL, value TEXT NOT NULL,
            PRIMARY KEY (run_id, key));
        CREATE TABLE run_tags (run_id TEXT NOT NULL REFERENCES runs(id), key TEXT NOT NULL, value TEXT NOT NULL,
            PRIMARY KEY (run_id, key));
        CREATE TABLE dataset_cards (id BIGSERIAL PRIMARY KEY, run_id TEXT NOT NULL REFERENCES runs(id),
            role TEXT NOT NULL, json TEXT NOT NULL);
        CREATE TABLE metric_series (id BIGSERIAL PRIMARY KEY, run_id TEXT NOT NULL REFERENCES runs(id),
            key TEXT NOT NULL, UNIQUE (run_id, key));
        CREATE TABLE metric_points (id BIGSERIAL PRIMARY KEY, series_id BIGINT NOT NULL, step BIGINT NOT NULL,
            value DOUBLE PRECISION NOT NULL, wall_time DOUBLE PRECISION NOT NULL);
        CREATE INDEX metric_points_by_step ON metric_points(series_id, step);
        CREATE TABLE artifacts (id BIGSERIAL PRIMARY KEY, run_id TEXT NOT NULL REFERENCES runs(id),
            name TEXT NOT NULL, kind TEXT NOT NULL, sha256 TEXT NOT NULL, size BIGINT NOT NULL,
            created_at DOUBLE PRECISION NOT NULL);
        CREATE INDEX artifacts_by_hash ON artifacts(sha256);
        """,
        // 2: model registry and the audit chain.
        """
        CREATE TABLE models (name TEXT PRIMARY KEY, description TEXT NOT NULL, created_at DOUBLE PRECISION NOT NULL);
        CREATE TABLE model_versions (model TEXT NOT NULL REFERENCES models(name), version BIGINT NOT NULL,
            run_id TEXT NOT NULL, artifact_sha256 TEXT NOT NULL, metrics TEXT NOT NULL, data_card TEXT,
            created_at DOUBLE PRECISION NOT NULL, PRIMARY KEY (model, version));
        CREATE TABLE model_aliases (model TEXT NOT NULL, alias TEXT NOT NULL, version BIGINT NOT NULL,
            PRIMARY KEY (model, alias), FOREIGN KEY (model, version) REFERENCES model_versions(model, version));
        CREATE TABLE alias_history (id BIGSERIAL PRIMARY KEY, model TEXT NOT NULL, alias TEXT NOT NULL,
            from_version BIGINT, to_version BIGINT NOT NULL, actor TEXT NOT NULL, reason TEXT NOT NULL,
            time DOUBLE PRECISION NOT NULL, is_rollback BOOLEAN NOT NULL);
        CREATE TABLE audit_events (seq BIGINT PRIMARY KEY, time_us BIGINT NOT NULL, kind TEXT NOT NULL,
            subject TEXT NOT NULL, details TEXT NOT NULL, actor TEXT NOT NULL, prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL);
        CREATE TABLE audit_head (id INTEGER PRIMARY KEY CHECK (id = 1), seq BIGINT NOT NULL, hash TEXT NOT NULL);
        INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '\(AuditChain.genesisHash)');
        """,
    ]

    /// The schema version this binary writes.
    static var currentVersion: Int { migrations.count }

    /// Advisory lock key that serialises migrations of one database across processes.
    static let migrationLock: Int64 = 0x616E_6E65_616C_0001
}
