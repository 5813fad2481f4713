import Foundation
import GRDB

extension SQLiteStore {
    public func logArtifact(_ data: Data, name: String, kind: String, runID: String) async throws -> Artifact {
        let artifact = try artifactDirectory.store(data, name: name, kind: kind, runID: runID)
        let hash = artifact.sha256
        try await write { db in
            try Self.requireRun(runID, db)
            try db.execute(
                sql: "INSERT INTO artifacts (run_id, name, kind, sha256, size, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [runID, name, kind, hash, artifact.size, artifact.createdAt.timeIntervalSince1970])
        }
        return artifact
    }

    public func artifacts(runID: String) async throws -> [Artifact] {
        try await read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM artifacts WHERE run_id = ? ORDER BY id", arguments: [runID]
            ).map {
                Artifact(
                    runID: $0["run_id"], name: $0["name"], kind: $0["kind"], sha256: $0["sha256"], size: $0["size"],
                    createdAt: Date(timeIntervalSince1970: $0["created_at"]))
            }
        }
    }

    public func readArtifact(sha256: String) async throws -> Data {
        let label = try await read { db in
            try Row.fetchOne(
                db, sql: "SELECT run_id, name FROM artifacts WHERE sha256 = ? ORDER BY id LIMIT 1", arguments: [sha256]
            )
            .map { row -> String in
                let run: String = row["run_id"]
                let name: String = row["name"]
                return "'\(name)' of run \(run)"
            }
        }
        guard let label else {
            throw TrackingError(.notFound, "no artifact with sha256 \(sha256) is recorded in \(location)")
        }
        return try artifactDirectory.read(sha256, label: label)
    }
}
