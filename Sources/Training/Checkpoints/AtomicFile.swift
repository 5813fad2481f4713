import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files so that a reader (or a crash) sees either the old file or the complete new one, never a part.
///
/// The bytes go to a temporary file in the destination's folder (same file system, so the rename is atomic),
/// which is flushed with `fsync`, renamed over the destination, and the folder is then flushed so the rename
/// itself survives a power loss.
public enum AtomicFile {
    /// Atomically replaces (or creates) the file at `url` with `data`.
    /// - Throws: `TrainingError.Code.fileUnwritable` naming the path and the system error.
    public static func write(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(
            ".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { throw failure("create \(temporary.path)", url) }
        var written = 0
        let ok = data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Bool in
            while written < bytes.count {
                let n = systemWrite(descriptor, bytes.baseAddress! + written, bytes.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                written += n
            }
            return true
        }
        guard ok, fsync(descriptor) == 0 else {
            let error = failure("write \(temporary.path)", url)
            close(descriptor)
            unlink(temporary.path)
            throw error
        }
        close(descriptor)
        guard rename(temporary.path, url.path) == 0 else {
            let error = failure("rename \(temporary.path) to \(url.path)", url)
            unlink(temporary.path)
            throw error
        }
        let folderDescriptor = open(folder.path, O_RDONLY)
        if folderDescriptor >= 0 {
            _ = fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// Creates the folder that will hold `url`, when missing.
    /// - Throws: `TrainingError.Code.fileUnwritable` naming the folder.
    public static func createFolder(for url: URL) throws {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw TrainingError(
                .fileUnwritable,
                "cannot create the folder \(folder.path) (\(error.localizedDescription)); check the "
                    + "path and permissions")
        }
    }

    private static func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
            Glibc.write(descriptor, buffer, count)
        #else
            Darwin.write(descriptor, buffer, count)
        #endif
    }

    private static func failure(_ action: String, _ url: URL) -> TrainingError {
        let reason = String(cString: strerror(errno))
        return TrainingError(
            .fileUnwritable,
            "cannot \(action) (\(reason)); check that the folder \(url.deletingLastPathComponent().path) exists, "
                + "is writable and has free space")
    }
}
