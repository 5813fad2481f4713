import Foundation
import GRDB

extension SQLiteStore {
    public func logMetrics(_ samples: [MetricSample], runID: String) async throws {
        guard !samples.isEmpty else { return }
        let cache = seriesCache
        let created = try await write { db -> [String: Int64] in
            var ids: [String: Int64] = [:]
            var checkedRun = false
            for key in Set(samples.map(\.key)) {
                if let known = cache.id(runID: runID, key: key) {
                    ids[key] = known
                    continue
                }
                if !checkedRun {
                    try Self.requireRun(runID, db)
                    checkedRun = true
                }
                try db.execute(
                    sql: "INSERT INTO metric_series (run_id, key) VALUES (?, ?) ON CONFLICT (run_id, key) DO NOTHING",
                    arguments: [runID, key])
                ids[key] = try Int64.fetchOne(
                    db, sql: "SELECT id FROM metric_series WHERE run_id = ? AND key = ?", arguments: [runID, key])
            }
            let insert = try db.cachedStatement(
                sql: "INSERT INTO metric_points (series_id, step, value, wall_time) VALUES (?, ?, ?, ?)")
            for sample in samples {
                // SQLite cannot hold NaN (it becomes NULL); NULL is read back as NaN.
                let value: Double? = sample.value.isNaN ? nil : sample.value
                insert.setUncheckedArguments([
                    ids[sample.key], sample.step, value, sample.wallTime.timeIntervalSince1970,
                ])
                try insert.execute()
            }
            return ids
        }
        cache.remember(created, runID: runID)
    }

    public func metricKeys(runID: String) async throws -> [String] {
        try await read { db in
            try String.fetchAll(
                db, sql: "SELECT key FROM metric_series WHERE run_id = ? ORDER BY key", arguments: [runID])
        }
    }

    public func metricSeries(runID: String, key: String) async throws -> [MetricSample] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT p.step, p.value, p.wall_time FROM metric_points p JOIN metric_series s ON s.id = p.series_id
                    WHERE s.run_id = ? AND s.key = ? ORDER BY p.step, p.rowid
                    """,
                arguments: [runID, key]
            ).map { row in
                let value: Double? = row["value"]
                return MetricSample(
                    key: key, step: row["step"], value: value ?? .nan,
                    wallTime: Date(timeIntervalSince1970: row["wall_time"]))
            }
        }
    }

    public func downsampledSeries(runID: String, key: String, buckets: Int) async throws -> [MetricBucket] {
        guard buckets > 0 else {
            throw TrackingError(.invalidArgument, "buckets must be at least 1, got \(buckets)")
        }
        return try await read { db in
            guard
                let series = try Int64.fetchOne(
                    db, sql: "SELECT id FROM metric_series WHERE run_id = ? AND key = ?", arguments: [runID, key])
            else { return [] }
            let rows = try Row.fetchAll(
                db,
                sql: """
                    WITH span AS (SELECT MIN(step) AS lo, MAX(step) - MIN(step) + 1 AS width
                                  FROM metric_points WHERE series_id = ?1)
                    SELECT (p.step - span.lo) * ?2 / span.width AS bucket, MIN(p.step) AS first_step,
                           MAX(p.step) AS last_step, MIN(p.value) AS min_value, MAX(p.value) AS max_value,
                           AVG(p.value) AS mean_value, COUNT(*) AS n
                    FROM metric_points p, span WHERE p.series_id = ?1 GROUP BY bucket ORDER BY bucket
                    """,
                arguments: [series, buckets])
            return rows.map(Self.bucket)
        }
    }

    public func metricCount(runID: String, key: String?) async throws -> Int {
        try await read { db in
            var sql =
                "SELECT COUNT(*) FROM metric_points p JOIN metric_series s ON s.id = p.series_id WHERE s.run_id = ?"
            var arguments: StatementArguments = [runID]
            if let key {
                sql += " AND s.key = ?"
                arguments += [key]
            }
            return try Int.fetchOne(db, sql: sql, arguments: arguments) ?? 0
        }
    }

    static func bucket(_ row: Row) -> MetricBucket {
        let low: Double? = row["min_value"]
        let high: Double? = row["max_value"]
        let mean: Double? = row["mean_value"]
        return MetricBucket(
            firstStep: row["first_step"], lastStep: row["last_step"], min: low ?? .nan, max: high ?? .nan,
            mean: mean ?? .nan, count: row["n"])
    }
}
