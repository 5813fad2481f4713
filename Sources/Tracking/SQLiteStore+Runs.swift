import Foundation
import GRDB

extension SQLiteStore {
    public func createExperiment(named name: String) async throws -> Experiment {
        try await write { db in try Self.experiment(named: name, db) }
    }

    public func experiments() async throws -> [Experiment] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT id, name, created_at FROM experiments ORDER BY created_at, name").map {
                Experiment(id: $0["id"], name: $0["name"], createdAt: Date(timeIntervalSince1970: $0["created_at"]))
            }
        }
    }

    public func startRun(_ start: RunStart) async throws -> Run {
        let id = Self.newID()
        try await write { db in
            let experiment = try Self.experiment(named: start.experiment, db)
            try db.execute(
                sql: """
                    INSERT INTO runs (id, name, experiment_id, status, start_time, host, code_version, schedule_spec)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    id, start.name, experiment.id, RunStatus.running.rawValue, start.startTime.timeIntervalSince1970,
                    start.host, start.codeVersion, start.scheduleSpec,
                ])
            try Self.insertParams(start.params, runID: id, db)
            try Self.upsertTags(start.tags, runID: id, db)
            for card in start.datasetCards {
                try db.execute(
                    sql: "INSERT INTO dataset_cards (run_id, role, json) VALUES (?, ?, ?)",
                    arguments: [id, card.role, card.json])
            }
        }
        return try await run(id: id)
    }

    public func run(id: String) async throws -> Run {
        try await read { db in
            guard let run = try Self.loadRun(id: id, db) else {
                throw TrackingError(.notFound, "no run with id '\(id)': list runs with `anneal runs list`")
            }
            return run
        }
    }

    public func runs(experiment: String?, status: RunStatus?) async throws -> [Run] {
        try await read { db in
            var sql = "SELECT r.id FROM runs r JOIN experiments e ON e.id = r.experiment_id WHERE 1 = 1"
            var arguments: StatementArguments = []
            if let experiment {
                sql += " AND e.name = ?"
                arguments += [experiment]
            }
            if let status {
                sql += " AND r.status = ?"
                arguments += [status.rawValue]
            }
            sql += " ORDER BY r.start_time DESC, r.id"
            return try String.fetchAll(db, sql: sql, arguments: arguments).compactMap { try Self.loadRun(id: $0, db) }
        }
    }

    public func finishRun(id: String, status: RunStatus, endTime: Date) async throws {
        try await write { db in
            let current = try String.fetchOne(db, sql: "SELECT status FROM runs WHERE id = ?", arguments: [id])
            guard let current else { throw TrackingError(.notFound, "no run with id '\(id)'") }
            guard current == RunStatus.running.rawValue else {
                throw TrackingError(.conflict, "run \(id) already ended with status \(current)")
            }
            try db.execute(
                sql: "UPDATE runs SET status = ?, end_time = ? WHERE id = ?",
                arguments: [status.rawValue, endTime.timeIntervalSince1970, id])
        }
    }

    public func setParams(_ params: [String: String], runID: String) async throws {
        try await write { db in
            try Self.requireRun(runID, db)
            try Self.insertParams(params, runID: runID, db)
        }
    }

    public func setTags(_ tags: [String: String], runID: String) async throws {
        try await write { db in
            try Self.requireRun(runID, db)
            try Self.upsertTags(tags, runID: runID, db)
        }
    }

    public func setScheduleSpec(_ json: String, runID: String) async throws {
        try await write { db in
            try Self.requireRun(runID, db)
            try db.execute(sql: "UPDATE runs SET schedule_spec = ? WHERE id = ?", arguments: [json, runID])
        }
    }

    public func addDatasetCard(_ card: DatasetCard, runID: String) async throws {
        try await write { db in
            try Self.requireRun(runID, db)
            try db.execute(
                sql: "INSERT INTO dataset_cards (run_id, role, json) VALUES (?, ?, ?)",
                arguments: [runID, card.role, card.json])
        }
    }

    static func experiment(named name: String, _ db: Database) throws -> Experiment {
        guard !name.isEmpty else {
            throw TrackingError(.invalidArgument, "experiment name is empty: give a name such as 'default'")
        }
        try db.execute(
            sql: "INSERT INTO experiments (id, name, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING",
            arguments: [newID(), name, Date().timeIntervalSince1970])
        let row = try Row.fetchOne(db, sql: "SELECT id, created_at FROM experiments WHERE name = ?", arguments: [name])
        guard let row else { throw TrackingError(.database, "experiment '\(name)' vanished while being created") }
        return Experiment(id: row["id"], name: name, createdAt: Date(timeIntervalSince1970: row["created_at"]))
    }

    static func requireRun(_ id: String, _ db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM runs WHERE id = ?", arguments: [id]) != nil else {
            throw TrackingError(.notFound, "no run with id '\(id)'")
        }
    }

    static func insertParams(_ params: [String: String], runID: String, _ db: Database) throws {
        for (key, value) in params.sorted(by: { $0.key < $1.key }) {
            let existing = try String.fetchOne(
                db, sql: "SELECT value FROM run_params WHERE run_id = ? AND key = ?", arguments: [runID, key])
            if let existing {
                guard existing == value else {
                    throw TrackingError(
                        .immutableParam,
                        "param '\(key)' of run \(runID) is already '\(existing)' and cannot become '\(value)': "
                            + "params are immutable, start a new run or log the new value as a tag")
                }
                continue
            }
            try db.execute(
                sql: "INSERT INTO run_params (run_id, key, value) VALUES (?, ?, ?)", arguments: [runID, key, value])
        }
    }

    static func upsertTags(_ tags: [String: String], runID: String, _ db: Database) throws {
        for (key, value) in tags {
            try db.execute(
                sql: """
                    INSERT INTO run_tags (run_id, key, value) VALUES (?, ?, ?)
                    ON CONFLICT (run_id, key) DO UPDATE SET value = excluded.value
                    """,
                arguments: [runID, key, value])
        }
    }

    static func loadRun(id: String, _ db: Database) throws -> Run? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM runs WHERE id = ?", arguments: [id]) else {
            return nil
        }
        var params: [String: String] = [:]
        for pair in try Row.fetchAll(db, sql: "SELECT key, value FROM run_params WHERE run_id = ?", arguments: [id]) {
            params[pair["key"]] = pair["value"]
        }
        var tags: [String: String] = [:]
        for pair in try Row.fetchAll(db, sql: "SELECT key, value FROM run_tags WHERE run_id = ?", arguments: [id]) {
            tags[pair["key"]] = pair["value"]
        }
        let cards = try Row.fetchAll(
            db, sql: "SELECT role, json FROM dataset_cards WHERE run_id = ? ORDER BY id", arguments: [id]
        ).map { DatasetCard(role: $0["role"], json: $0["json"]) }
        let statusText: String = row["status"]
        let end: Double? = row["end_time"]
        return Run(
            id: id, name: row["name"], experimentID: row["experiment_id"],
            status: RunStatus(rawValue: statusText) ?? .failed,
            startTime: Date(timeIntervalSince1970: row["start_time"]),
            endTime: end.map { Date(timeIntervalSince1970: $0) }, host: row["host"], codeVersion: row["code_version"],
            params: params, tags: tags, scheduleSpec: row["schedule_spec"], datasetCards: cards)
    }
}
