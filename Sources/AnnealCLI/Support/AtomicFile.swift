import Foundation

/// Writes files so a reader never sees half of one: a temporary file in the same folder, then a rename.
enum AtomicFile {
    /// Writes `data` to `path` atomically.
    /// - Throws: `CLIError.missingFile` when the folder does not exist or is not writable.
    static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: folder.path) else {
            throw CLIError.missingFile("folder '\(folder.path)' does not exist; create it or choose another --out")
        }
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw CLIError.missingFile("cannot write '\(path)': \(error.localizedDescription)")
        }
    }
}
