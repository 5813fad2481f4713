import Foundation
import GRDB

extension SQLiteStore {
    public func registerModel(named name: String, description: String) async throws -> RegisteredModel {
        try await write { db in
            try Self.ensureModel(name, description: description, db)
            return try Self.loadModel(name, db)
        }
    }

    public func models() async throws -> [RegisteredModel] {
        try await read { db in
            try String.fetchAll(db, sql: "SELECT name FROM models ORDER BY name").map { try Self.loadModel($0, db) }
        }
    }

    public func createModelVersion(
        model: String, runID: String, artifactSHA256: String, metrics: [String: Double], dataCard: String?,
        actor: String
    ) async throws -> ModelVersion {
        try await write { db in
            try Self.requireRun(runID, db)
            try Self.ensureModel(model, description: "", db)
            let next =
                (try Int.fetchOne(
                    db, sql: "SELECT MAX(version) FROM model_versions WHERE model = ?", arguments: [model]) ?? 0) + 1
            let version = ModelVersion(
                model: model, version: next, runID: runID, artifactSHA256: artifactSHA256, metrics: metrics,
                dataCard: dataCard, createdAt: Date())
            try db.execute(
                sql: """
                    INSERT INTO model_versions (model, version, run_id, artifact_sha256, metrics, data_card, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    model, next, runID, artifactSHA256, RegistryJSON.encode(metrics), dataCard,
                    version.createdAt.timeIntervalSince1970,
                ])
            _ = try Self.appendAudit(
                RegistryJSON.versionEvent(version, actor: actor), db)
            return version
        }
    }

    public func modelVersions(model: String) async throws -> [ModelVersion] {
        try await read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM model_versions WHERE model = ? ORDER BY version", arguments: [model]
            )
            .map(Self.versionFromRow)
        }
    }

    public func version(model: String, alias: String) async throws -> ModelVersion? {
        try await read { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT v.* FROM model_aliases a JOIN model_versions v ON v.model = a.model AND v.version = a.version
                    WHERE a.model = ? AND a.alias = ?
                    """,
                arguments: [model, alias]
            ).map(Self.versionFromRow)
        }
    }

    public func setAlias(_ alias: String, model: String, version: Int, actor: String, reason: String) async throws
        -> AliasChange
    {
        try await write { db in
            try Self.moveAlias(alias, model: model, to: version, actor: actor, reason: reason, rollback: false, db)
        }
    }

    public func rollbackAlias(_ alias: String, model: String, actor: String, reason: String) async throws -> AliasChange
    {
        try await write { db in
            let history = try Self.aliasHistory(model: model, alias: alias, db)
            guard let target = AliasChange.rollbackTarget(history: history) else {
                throw TrackingError(
                    .conflict, "alias '\(alias)' of model '\(model)' has no earlier version to roll back to")
            }
            return try Self.moveAlias(alias, model: model, to: target, actor: actor, reason: reason, rollback: true, db)
        }
    }

    public func aliasHistory(model: String, alias: String) async throws -> [AliasChange] {
        try await read { db in try Self.aliasHistory(model: model, alias: alias, db) }
    }

    static func moveAlias(
        _ alias: String, model: String, to version: Int, actor: String, reason: String, rollback: Bool, _ db: Database
    ) throws -> AliasChange {
        guard
            try Bool.fetchOne(
                db, sql: "SELECT 1 FROM model_versions WHERE model = ? AND version = ?", arguments: [model, version])
                != nil
        else {
            throw TrackingError(
                .notFound,
                "model '\(model)' has no version \(version): list them with `anneal registry versions \(model)`")
        }
        let from = try Int.fetchOne(
            db, sql: "SELECT version FROM model_aliases WHERE model = ? AND alias = ?", arguments: [model, alias])
        let change = AliasChange(
            model: model, alias: alias, fromVersion: from, toVersion: version, actor: actor, reason: reason,
            time: Date(), isRollback: rollback)
        try db.execute(
            sql: """
                INSERT INTO model_aliases (model, alias, version) VALUES (?, ?, ?)
                ON CONFLICT (model, alias) DO UPDATE SET version = excluded.version
                """,
            arguments: [model, alias, version])
        try db.execute(
            sql: """
                INSERT INTO alias_history (model, alias, from_version, to_version, actor, reason, time, is_rollback)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [model, alias, from, version, actor, reason, change.time.timeIntervalSince1970, rollback])
        _ = try appendAudit(
            RegistryJSON.aliasEvent(change), db)
        return change
    }

    static func aliasHistory(model: String, alias: String, _ db: Database) throws -> [AliasChange] {
        try Row.fetchAll(
            db, sql: "SELECT * FROM alias_history WHERE model = ? AND alias = ? ORDER BY id", arguments: [model, alias]
        ).map {
            AliasChange(
                model: $0["model"], alias: $0["alias"], fromVersion: $0["from_version"], toVersion: $0["to_version"],
                actor: $0["actor"], reason: $0["reason"], time: Date(timeIntervalSince1970: $0["time"]),
                isRollback: $0["is_rollback"])
        }
    }

    static func ensureModel(_ name: String, description: String, _ db: Database) throws {
        guard !name.isEmpty else {
            throw TrackingError(.invalidArgument, "model name is empty: give a name such as 'churn'")
        }
        try db.execute(
            sql: "INSERT INTO models (name, description, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING",
            arguments: [name, description, Date().timeIntervalSince1970])
    }

    static func loadModel(_ name: String, _ db: Database) throws -> RegisteredModel {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM models WHERE name = ?", arguments: [name]) else {
            throw TrackingError(.notFound, "no registered model named '\(name)'")
        }
        var aliases: [String: Int] = [:]
        for alias in try Row.fetchAll(
            db, sql: "SELECT alias, version FROM model_aliases WHERE model = ?", arguments: [name])
        {
            aliases[alias["alias"]] = alias["version"]
        }
        return RegisteredModel(
            name: name, description: row["description"], createdAt: Date(timeIntervalSince1970: row["created_at"]),
            aliases: aliases)
    }

    static func versionFromRow(_ row: Row) -> ModelVersion {
        ModelVersion(
            model: row["model"], version: row["version"], runID: row["run_id"], artifactSHA256: row["artifact_sha256"],
            metrics: RegistryJSON.decodeMetrics(row["metrics"]), dataCard: row["data_card"],
            createdAt: Date(timeIntervalSince1970: row["created_at"]))
    }
}
