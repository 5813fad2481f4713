import Foundation
import PostgresNIO

extension PostgresStore {
    public func createExperiment(named name: String) async throws -> Experiment {
        try await transaction { connection in try await self.experiment(named: name, connection) }
    }

    public func experiments() async throws -> [Experiment] {
        try await withConnection { connection in
            var found: [Experiment] = []
            let rows = try await connection.query(
                "SELECT id, name, created_at FROM experiments ORDER BY created_at, name", logger: self.logger)
            for try await (id, name, created) in rows.decode((String, String, Double).self) {
                found.append(Experiment(id: id, name: name, createdAt: Date(timeIntervalSince1970: created)))
            }
            return found
        }
    }

    public func startRun(_ start: RunStart) async throws -> Run {
        let id = Self.newID()
        try await transaction { connection in
            let experiment = try await self.experiment(named: start.experiment, connection)
            try await connection.query(
                """
                INSERT INTO runs (id, name, experiment_id, status, start_time, host, code_version, schedule_spec)
                VALUES (\(id), \(start.name), \(experiment.id), \(RunStatus.running.rawValue),
                        \(start.startTime.timeIntervalSince1970), \(start.host), \(start.codeVersion), \(start.scheduleSpec))
                """, logger: self.logger)
            try await self.insertParams(start.params, runID: id, connection)
            try await self.upsertTags(start.tags, runID: id, connection)
            for card in start.datasetCards {
                try await connection.query(
                    "INSERT INTO dataset_cards (run_id, role, json) VALUES (\(id), \(card.role), \(card.json))",
                    logger: self.logger)
            }
        }
        return try await run(id: id)
    }

    public func run(id: String) async throws -> Run {
        try await withConnection { connection in
            guard let run = try await self.loadRun(id: id, connection) else {
                throw TrackingError(.notFound, "no run with id '\(id)': list runs with `anneal runs list`")
            }
            return run
        }
    }

    public func runs(experiment: String?, status: RunStatus?) async throws -> [Run] {
        try await withConnection { connection in
            var sql = "SELECT r.id FROM runs r JOIN experiments e ON e.id = r.experiment_id WHERE 1 = 1"
            var binds = PostgresBindings()
            if let experiment {
                binds.append(experiment)
                sql += " AND e.name = $\(binds.count)"
            }
            if let status {
                binds.append(status.rawValue)
                sql += " AND r.status = $\(binds.count)"
            }
            sql += " ORDER BY r.start_time DESC, r.id"
            var ids: [String] = []
            let rows = try await connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: self.logger)
            for try await id in rows.decode(String.self) { ids.append(id) }
            var found: [Run] = []
            for id in ids {
                if let run = try await self.loadRun(id: id, connection) { found.append(run) }
            }
            return found
        }
    }

    public func finishRun(id: String, status: RunStatus, endTime: Date) async throws {
        try await transaction { connection in
            var current: String?
            let rows = try await connection.query(
                "SELECT status FROM runs WHERE id = \(id) FOR UPDATE", logger: self.logger)
            for try await value in rows.decode(String.self) { current = value }
            guard let current else { throw TrackingError(.notFound, "no run with id '\(id)'") }
            guard current == RunStatus.running.rawValue else {
                throw TrackingError(.conflict, "run \(id) already ended with status \(current)")
            }
            try await connection.query(
                "UPDATE runs SET status = \(status.rawValue), end_time = \(endTime.timeIntervalSince1970) WHERE id = \(id)",
                logger: self.logger)
        }
    }

    public func setParams(_ params: [String: String], runID: String) async throws {
        try await transaction { connection in
            try await self.requireRun(runID, connection)
            try await self.insertParams(params, runID: runID, connection)
        }
    }

    public func setTags(_ tags: [String: String], runID: String) async throws {
        try await transaction { connection in
            try await self.requireRun(runID, connection)
            try await self.upsertTags(tags, runID: runID, connection)
        }
    }

    public func setScheduleSpec(_ json: String, runID: String) async throws {
        try await transaction { connection in
            try await self.requireRun(runID, connection)
            try await connection.query(
                "UPDATE runs SET schedule_spec = \(json) WHERE id = \(runID)", logger: self.logger)
        }
    }

    public func addDatasetCard(_ card: DatasetCard, runID: String) async throws {
        try await transaction { connection in
            try await self.requireRun(runID, connection)
            try await connection.query(
                "INSERT INTO dataset_cards (run_id, role, json) VALUES (\(runID), \(card.role), \(card.json))",
                logger: self.logger)
        }
    }

    func experiment(named name: String, _ connection: PostgresConnection) async throws -> Experiment {
        guard !name.isEmpty else {
            throw TrackingError(.invalidArgument, "experiment name is empty: give a name such as 'default'")
        }
        try await connection.query(
            """
            INSERT INTO experiments (id, name, created_at) VALUES (\(Self.newID()), \(name), \(Date().timeIntervalSince1970))
            ON CONFLICT (name) DO NOTHING
            """, logger: logger)
        let rows = try await connection.query(
            "SELECT id, created_at FROM experiments WHERE name = \(name)", logger: logger)
        for try await (id, created) in rows.decode((String, Double).self) {
            return Experiment(id: id, name: name, createdAt: Date(timeIntervalSince1970: created))
        }
        throw TrackingError(.database, "experiment '\(name)' vanished while being created")
    }

    func requireRun(_ id: String, _ connection: PostgresConnection) async throws {
        let rows = try await connection.query("SELECT 1 FROM runs WHERE id = \(id)", logger: logger)
        for try await _ in rows.decode(Int32.self) { return }
        throw TrackingError(.notFound, "no run with id '\(id)'")
    }

    func insertParams(_ params: [String: String], runID: String, _ connection: PostgresConnection) async throws {
        for (key, value) in params.sorted(by: { $0.key < $1.key }) {
            try await connection.query(
                """
                INSERT INTO run_params (run_id, key, value) VALUES (\(runID), \(key), \(value))
                ON CONFLICT (run_id, key) DO NOTHING
                """, logger: logger)
            let rows = try await connection.query(
                "SELECT value FROM run_params WHERE run_id = \(runID) AND key = \(key)", logger: logger)
            for try await existing in rows.decode(String.self) where existing != value {
                throw TrackingError(
                    .immutableParam,
                    "param '\(key)' of run \(runID) is already '\(existing)' and cannot become '\(value)': "
                        + "params are immutable, start a new run or log the new value as a tag")
            }
        }
    }

    func upsertTags(_ tags: [String: String], runID: String, _ connection: PostgresConnection) async throws {
        for (key, value) in tags {
            try await connection.query(
                """
                INSERT INTO run_tags (run_id, key, value) VALUES (\(runID), \(key), \(value))
                ON CONFLICT (run_id, key) DO UPDATE SET value = EXCLUDED.value
                """, logger: logger)
        }
    }

    func loadRun(id: String, _ connection: PostgresConnection) async throws -> Run? {
        let rows = try await connection.query(
            """
            SELECT name, experiment_id, status, start_time, end_time, host, code_version, schedule_spec
            FROM runs WHERE id = \(id)
            """, logger: logger)
        var run: Run?
        for try await (name, experimentID, status, start, end, host, code, spec) in rows.decode(
            (String, String, String, Double, Double?, String, String?, String?).self)
        {
            run = Run(
                id: id, name: name, experimentID: experimentID, status: RunStatus(rawValue: status) ?? .failed,
                startTime: Date(timeIntervalSince1970: start), endTime: end.map { Date(timeIntervalSince1970: $0) },
                host: host, codeVersion: code, scheduleSpec: spec)
        }
        guard var run else { return nil }
        for try await (key, value) in try await connection.query(
            "SELECT key, value FROM run_params WHERE run_id = \(id)", logger: logger
        ).decode((String, String).self) {
            run.params[key] = value
        }
        for try await (key, value) in try await connection.query(
            "SELECT key, value FROM run_tags WHERE run_id = \(id)", logger: logger
        ).decode((String, String).self) {
            run.tags[key] = value
        }
        for try await (role, json) in try await connection.query(
            "SELECT role, json FROM dataset_cards WHERE run_id = \(id) ORDER BY id", logger: logger
        ).decode((String, String).self) {
            run.datasetCards.append(DatasetCard(role: role, json: json))
        }
        return run
    }
}
