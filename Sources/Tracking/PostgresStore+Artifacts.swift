import Foundation
import PostgresNIO

extension PostgresStore {
    public func logArtifact(_ data: Data, name: String, kind: String, runID: String) async throws -> Artifact {
        let artifact = try artifactDirectory.store(data, name: name, kind: kind, runID: runID)
        let hash = artifact.sha256
        try await transaction { connection in
            try await self.requireRun(runID, connection)
            try await connection.query(
                """
                INSERT INTO artifacts (run_id, name, kind, sha256, size, created_at)
                VALUES (\(runID), \(name), \(kind), \(hash), \(artifact.size), \(artifact.createdAt.timeIntervalSince1970))
                """, logger: self.logger)
        }
        return artifact
    }

    public func artifacts(runID: String) async throws -> [Artifact] {
        try await withConnection { connection in
            var found: [Artifact] = []
            let rows = try await connection.query(
                "SELECT name, kind, sha256, size, created_at FROM artifacts WHERE run_id = \(runID) ORDER BY id",
                logger: self.logger)
            for try await (name, kind, hash, size, created) in rows.decode((String, String, String, Int64, Double).self)
            {
                found.append(
                    Artifact(
                        runID: runID, name: name, kind: kind, sha256: hash, size: size,
                        createdAt: Date(timeIntervalSince1970: created)))
            }
            return found
        }
    }

    public func readArtifact(sha256: String) async throws -> Data {
        let label = try await withConnection { connection -> String? in
            let rows = try await connection.query(
                "SELECT run_id, name FROM artifacts WHERE sha256 = \(sha256) ORDER BY id LIMIT 1", logger: self.logger)
            for try await (run, name) in rows.decode((String, String).self) { return "'\(name)' of run \(run)" }
            return nil
        }
        guard let label else {
            throw TrackingError(.notFound, "no artifact with sha256 \(sha256) is recorded in \(location)")
        }
        return try artifactDirectory.read(sha256, label: label)
    }
}
