import Foundation
import PostgresNIO

extension PostgresStore {
    public func registerModel(named name: String, description: String) async throws -> RegisteredModel {
        try await transaction { connection in
            try await self.ensureModel(name, description: description, connection)
            return try await self.loadModel(name, connection)
        }
    }

    public func models() async throws -> [RegisteredModel] {
        try await withConnection { connection in
            var names: [String] = []
            for try await name in try await connection.query(
                "SELECT name FROM models ORDER BY name", logger: self.logger
            )
            .decode(String.self) {
                names.append(name)
            }
            var found: [RegisteredModel] = []
            for name in names { found.append(try await self.loadModel(name, connection)) }
            return found
        }
    }

    public func createModelVersion(
        model: String, runID: String, artifactSHA256: String, metrics: [String: Double], dataCard: String?,
        actor: String
    ) async throws -> ModelVersion {
        try await transaction { connection in
            try await self.requireRun(runID, connection)
            try await self.ensureModel(model, description: "", connection)
            // Lock the model row so concurrent registrations number versions one after another.
            try await connection.query("SELECT name FROM models WHERE name = \(model) FOR UPDATE", logger: self.logger)
            var latest: Int64 = 0
            for try await value in try await connection.query(
                "SELECT COALESCE(MAX(version), 0) FROM model_versions WHERE model = \(model)", logger: self.logger
            ).decode(Int64.self) {
                latest = value
            }
            let version = ModelVersion(
                model: model, version: Int(latest) + 1, runID: runID, artifactSHA256: artifactSHA256, metrics: metrics,
                dataCard: dataCard, createdAt: Date())
            try await connection.query(
                """
                INSERT INTO model_versions (model, version, run_id, artifact_sha256, metrics, data_card, created_at)
                VALUES (\(model), \(latest + 1), \(runID), \(artifactSHA256), \(RegistryJSON.encode(metrics)),
                        \(dataCard), \(version.createdAt.timeIntervalSince1970))
                """, logger: self.logger)
            _ = try await self.appendAudit(
                RegistryJSON.versionEvent(version, actor: actor), connection)
            return version
        }
    }

    public func modelVersions(model: String) async throws -> [ModelVersion] {
        try await withConnection { connection in
            try await self.versions(
                """
                SELECT model, version, run_id, artifact_sha256, metrics, data_card, created_at FROM model_versions
                WHERE model = \(model) ORDER BY version
                """, connection)
        }
    }

    public func version(model: String, alias: String) async throws -> ModelVersion? {
        try await withConnection { connection in
            try await self.versions(
                """
                SELECT v.model, v.version, v.run_id, v.artifact_sha256, v.metrics, v.data_card, v.created_at
                FROM model_aliases a JOIN model_versions v ON v.model = a.model AND v.version = a.version
                WHERE a.model = \(model) AND a.alias = \(alias)
                """, connection
            ).first
        }
    }

    public func setAlias(_ alias: String, model: String, version: Int, actor: String, reason: String) async throws
        -> AliasChange
    {
        try await transaction { connection in
            try await self.moveAlias(
                alias, model: model, to: version, actor: actor, reason: reason, rollback: false, connection)
        }
    }

    public func rollbackAlias(_ alias: String, model: String, actor: String, reason: String) async throws -> AliasChange
    {
        try await transaction { connection in
            try await connection.query("SELECT name FROM models WHERE name = \(model) FOR UPDATE", logger: self.logger)
            let history = try await self.aliasHistory(model: model, alias: alias, connection)
            guard let target = AliasChange.rollbackTarget(history: history) else {
                throw TrackingError(
                    .conflict, "alias '\(alias)' of model '\(model)' has no earlier version to roll back to")
            }
            return try await self.moveAlias(
                alias, model: model, to: target, actor: actor, reason: reason, rollback: true, connection)
        }
    }

    public func aliasHistory(model: String, alias: String) async throws -> [AliasChange] {
        try await withConnection { connection in try await self.aliasHistory(model: model, alias: alias, connection) }
    }

    func moveAlias(
        _ alias: String, model: String, to version: Int, actor: String, reason: String, rollback: Bool,
        _ connection: PostgresConnection
    ) async throws -> AliasChange {
        var exists = false
        for try await _ in try await connection.query(
            "SELECT version FROM model_versions WHERE model = \(model) AND version = \(Int64(version)) FOR UPDATE",
            logger: logger
        ).decode(Int64.self) {
            exists = true
        }
        guard exists else {
            throw TrackingError(
                .notFound,
                "model '\(model)' has no version \(version): list them with `anneal registry versions \(model)`")
        }
        var from: Int?
        for try await value in try await connection.query(
            "SELECT version FROM model_aliases WHERE model = \(model) AND alias = \(alias) FOR UPDATE", logger: logger
        ).decode(Int64.self) {
            from = Int(value)
        }
        let change = AliasChange(
            model: model, alias: alias, fromVersion: from, toVersion: version, actor: actor, reason: reason,
            time: Date(), isRollback: rollback)
        try await connection.query(
            """
            INSERT INTO model_aliases (model, alias, version) VALUES (\(model), \(alias), \(Int64(version)))
            ON CONFLICT (model, alias) DO UPDATE SET version = EXCLUDED.version
            """, logger: logger)
        try await connection.query(
            """
            INSERT INTO alias_history (model, alias, from_version, to_version, actor, reason, time, is_rollback)
            VALUES (\(model), \(alias), \(from.map(Int64.init)), \(Int64(version)), \(actor), \(reason),
                    \(change.time.timeIntervalSince1970), \(rollback))
            """, logger: logger)
        _ = try await appendAudit(
            RegistryJSON.aliasEvent(change), connection)
        return change
    }

    func aliasHistory(model: String, alias: String, _ connection: PostgresConnection) async throws -> [AliasChange] {
        var history: [AliasChange] = []
        let rows = try await connection.query(
            """
            SELECT from_version, to_version, actor, reason, time, is_rollback FROM alias_history
            WHERE model = \(model) AND alias = \(alias) ORDER BY id
            """, logger: logger)
        for try await (from, to, actor, reason, time, rollback) in rows.decode(
            (Int64?, Int64, String, String, Double, Bool).self)
        {
            history.append(
                AliasChange(
                    model: model, alias: alias, fromVersion: from.map(Int.init), toVersion: Int(to), actor: actor,
                    reason: reason, time: Date(timeIntervalSince1970: time), isRollback: rollback))
        }
        return history
    }

    func ensureModel(_ name: String, description: String, _ connection: PostgresConnection) async throws {
        guard !name.isEmpty else {
            throw TrackingError(.invalidArgument, "model name is empty: give a name such as 'churn'")
        }
        try await connection.query(
            """
            INSERT INTO models (name, description, created_at) VALUES (\(name), \(description), \(Date().timeIntervalSince1970))
            ON CONFLICT (name) DO NOTHING
            """, logger: logger)
    }

    func loadModel(_ name: String, _ connection: PostgresConnection) async throws -> RegisteredModel {
        var model: RegisteredModel?
        for try await (description, created) in try await connection.query(
            "SELECT description, created_at FROM models WHERE name = \(name)", logger: logger
        ).decode((String, Double).self) {
            model = RegisteredModel(
                name: name, description: description, createdAt: Date(timeIntervalSince1970: created))
        }
        guard var model else { throw TrackingError(.notFound, "no registered model named '\(name)'") }
        for try await (alias, version) in try await connection.query(
            "SELECT alias, version FROM model_aliases WHERE model = \(name)", logger: logger
        ).decode((String, Int64).self) {
            model.aliases[alias] = Int(version)
        }
        return model
    }

    func versions(_ query: PostgresQuery, _ connection: PostgresConnection) async throws -> [ModelVersion] {
        var found: [ModelVersion] = []
        for try await (model, version, run, hash, metrics, card, created) in try await connection.query(
            query, logger: logger
        ).decode((String, Int64, String, String, String, String?, Double).self) {
            found.append(
                ModelVersion(
                    model: model, version: Int(version), runID: run, artifactSHA256: hash,
                    metrics: RegistryJSON.decodeMetrics(metrics), dataCard: card,
                    createdAt: Date(timeIntervalSince1970: created)))
        }
        return found
    }
}
