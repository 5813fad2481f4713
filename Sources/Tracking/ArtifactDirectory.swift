import Crypto
import Foundation

/// A folder of content-addressed files: each artifact is stored once at `sha256/<2 hex>/<64 hex>`, written to a
/// temporary file, flushed and renamed into place, and re-hashed on every read.
public struct ArtifactDirectory: Sendable {
    /// The folder.
    public let root: URL

    /// Uses (and creates when needed) a folder.
    public init(root: URL) throws {
        self.root = root
        do {
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent("tmp"), withIntermediateDirectories: true)
        } catch {
            throw TrackingError(.io, "cannot create artifact folder \(root.path): \(error.localizedDescription)")
        }
    }

    /// Lowercase hex SHA-256 of bytes.
    public static func sha256(_ data: Data) -> String { AuditChain.hex(SHA256.hash(data: data)) }

    /// Where the file with this hash lives.
    public func path(for sha256: String) -> URL {
        root.appendingPathComponent("sha256").appendingPathComponent(String(sha256.prefix(2)))
            .appendingPathComponent(sha256)
    }

    /// Stores bytes (a no-op when the same content is already present) and returns their hash.
    public func put(_ data: Data) throws -> String {
        let hash = Self.sha256(data)
        let target = path(for: hash)
        if let size = try? FileManager.default.attributesOfItem(atPath: target.path)[.size] as? Int, size == data.count
        {
            return hash
        }
        let temp = root.appendingPathComponent("tmp").appendingPathComponent(UUID().uuidString)
        do {
            try FileManager.default.createDirectory(
                at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: temp)
            let handle = try FileHandle(forWritingTo: temp)
            try handle.synchronize()
            try handle.close()
            if rename(temp.path, target.path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temp)
                throw TrackingError(.io, "cannot move artifact \(hash) into \(target.path): \(reason)")
            }
        } catch let error as TrackingError {
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw TrackingError(.io, "cannot write artifact \(hash) under \(root.path): \(error.localizedDescription)")
        }
        return hash
    }

    /// Stores bytes and returns the record to keep for them.
    func store(_ data: Data, name: String, kind: String, runID: String) throws -> Artifact {
        Artifact(
            runID: runID, name: name, kind: kind, sha256: try put(data), size: Int64(data.count), createdAt: Date())
    }

    /// Reads bytes and checks they still hash to `sha256`.
    /// - Parameter label: how to name the artifact in errors (e.g. its run and name).
    /// - Throws: `artifactMissing` or `artifactCorrupt` naming the artifact and both hashes.
    public func read(_ sha256: String, label: String? = nil) throws -> Data {
        let file = path(for: sha256)
        let name = label.map { "artifact \($0) (\(sha256))" } ?? "artifact \(sha256)"
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw TrackingError(.artifactMissing, "\(name) is missing: no file at \(file.path)")
        }
        let actual = Self.sha256(data)
        guard actual == sha256 else {
            throw TrackingError(
                .artifactCorrupt,
                "\(name) is corrupt: expected sha256 \(sha256) but \(file.path) hashes to \(actual); restore it from a backup or log it again"
            )
        }
        return data
    }
}
