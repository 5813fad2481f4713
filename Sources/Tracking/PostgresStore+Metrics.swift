import Foundation
import PostgresNIO

extension PostgresStore {
    public func logMetrics(_ samples: [MetricSample], runID: String) async throws {
        guard !samples.isEmpty else { return }
        let keys = Set(samples.map(\.key))
        var known: [String: Int64] = [:]
        for key in keys { known[key] = seriesCache.id(runID: runID, key: key) }
        if known.count == keys.count {
            // Steady state: one INSERT statement, atomic on its own, with no BEGIN/COMMIT round trips.
            try await withConnection { connection in try await self.insertPoints(samples, ids: known, connection) }
            return
        }
        let created = try await transaction { connection -> [String: Int64] in
            var ids = known
            try await self.requireRun(runID, connection)
            for key in keys where ids[key] == nil {
                try await connection.query(
                    "INSERT INTO metric_series (run_id, key) VALUES (\(runID), \(key)) ON CONFLICT (run_id, key) DO NOTHING",
                    logger: self.logger)
                for try await id in try await connection.query(
                    "SELECT id FROM metric_series WHERE run_id = \(runID) AND key = \(key)", logger: self.logger
                ).decode(Int64.self) {
                    ids[key] = id
                }
            }
            try await self.insertPoints(samples, ids: ids, connection)
            return ids
        }
        seriesCache.remember(created, runID: runID)
    }

    /// One statement for the whole batch: four arrays unnested into rows, in order.
    func insertPoints(_ samples: [MetricSample], ids: [String: Int64], _ connection: PostgresConnection) async throws {
        var seriesIDs: [Int64] = []
        var steps: [Int64] = []
        var values: [Double] = []
        var times: [Double] = []
        seriesIDs.reserveCapacity(samples.count)
        steps.reserveCapacity(samples.count)
        values.reserveCapacity(samples.count)
        times.reserveCapacity(samples.count)
        for sample in samples {
            seriesIDs.append(ids[sample.key] ?? 0)
            steps.append(sample.step)
            values.append(sample.value)
            times.append(sample.wallTime.timeIntervalSince1970)
        }
        try await connection.query(
            """
            INSERT INTO metric_points (series_id, step, value, wall_time)
            SELECT * FROM unnest(\(seriesIDs)::bigint[], \(steps)::bigint[], \(values)::float8[], \(times)::float8[])
            """, logger: logger)
    }

    public func metricKeys(runID: String) async throws -> [String] {
        try await withConnection { connection in
            var keys: [String] = []
            for try await key in try await connection.query(
                "SELECT key FROM metric_series WHERE run_id = \(runID) ORDER BY key", logger: self.logger
            ).decode(String.self) {
                keys.append(key)
            }
            return keys
        }
    }

    public func metricSeries(runID: String, key: String) async throws -> [MetricSample] {
        try await withConnection { connection in
            var samples: [MetricSample] = []
            let rows = try await connection.query(
                """
                SELECT p.step, p.value, p.wall_time FROM metric_points p JOIN metric_series s ON s.id = p.series_id
                WHERE s.run_id = \(runID) AND s.key = \(key) ORDER BY p.step, p.id
                """, logger: self.logger)
            for try await (step, value, time) in rows.decode((Int64, Double, Double).self) {
                samples.append(
                    MetricSample(key: key, step: step, value: value, wallTime: Date(timeIntervalSince1970: time)))
            }
            return samples
        }
    }

    public func downsampledSeries(runID: String, key: String, buckets: Int) async throws -> [MetricBucket] {
        guard buckets > 0 else {
            throw TrackingError(.invalidArgument, "buckets must be at least 1, got \(buckets)")
        }
        return try await withConnection { connection in
            var result: [MetricBucket] = []
            // NaN sorts above every number in PostgreSQL, so it is filtered out of min, max and mean (as SQLite
            // ignores the NULL it stores for NaN).
            let rows = try await connection.query(
                """
                WITH series AS (SELECT id FROM metric_series WHERE run_id = \(runID) AND key = \(key)),
                span AS (SELECT MIN(step) AS lo, MAX(step) - MIN(step) + 1 AS width
                         FROM metric_points WHERE series_id = (SELECT id FROM series))
                SELECT MIN(b.step), MAX(b.step),
                       MIN(b.value) FILTER (WHERE b.value <> 'NaN'::float8),
                       MAX(b.value) FILTER (WHERE b.value <> 'NaN'::float8),
                       AVG(b.value) FILTER (WHERE b.value <> 'NaN'::float8), COUNT(*)
                FROM (SELECT (p.step - span.lo) * \(Int64(buckets)) / span.width AS bucket, p.step, p.value
                      FROM metric_points p, span WHERE p.series_id = (SELECT id FROM series)) b
                GROUP BY b.bucket ORDER BY b.bucket
                """, logger: self.logger)
            for try await (first, last, low, high, mean, count) in rows.decode(
                (Int64, Int64, Double?, Double?, Double?, Int64).self)
            {
                result.append(
                    MetricBucket(
                        firstStep: first, lastStep: last, min: low ?? .nan, max: high ?? .nan, mean: mean ?? .nan,
                        count: Int(count)))
            }
            return result
        }
    }

    public func metricCount(runID: String, key: String?) async throws -> Int {
        try await withConnection { connection in
            let rows = try await connection.query(
                """
                SELECT COUNT(*) FROM metric_points p JOIN metric_series s ON s.id = p.series_id
                WHERE s.run_id = \(runID) AND (\(key)::text IS NULL OR s.key = \(key))
                """, logger: self.logger)
            for try await count in rows.decode(Int64.self) { return Int(count) }
            return 0
        }
    }
}
