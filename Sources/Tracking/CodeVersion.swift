import Foundation

/// Finds the code version a run starts from: the git commit of the enclosing checkout, read from `.git` directly
/// (no `git` process), so it works where git is not installed.
public enum CodeVersion {
    /// The commit hash of `HEAD` for the checkout containing `directory`, or `nil` outside a git checkout.
    /// - Parameter directory: where to start looking; defaults to the current directory.
    public static func current(in directory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        -> String?
    {
        var folder = directory.standardizedFileURL
        for _ in 0..<64 {
            let gitDir = folder.appendingPathComponent(".git")
            if let commit = commit(gitDir: gitDir) { return commit }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
        return nil
    }

    private static func commit(gitDir: URL) -> String? {
        guard let head = try? String(contentsOf: gitDir.appendingPathComponent("HEAD"), encoding: .utf8) else {
            return nil
        }
        let line = head.trimmingCharacters(in: .whitespacesAndNewlines)
        guard line.hasPrefix("ref: ") else { return line.isEmpty ? nil : line }
        let ref = String(line.dropFirst(5))
        if let loose = try? String(contentsOf: gitDir.appendingPathComponent(ref), encoding: .utf8) {
            return loose.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        guard let packed = try? String(contentsOf: gitDir.appendingPathComponent("packed-refs"), encoding: .utf8) else {
            return nil
        }
        for entry in packed.split(separator: "\n") where entry.hasSuffix(" " + ref) {
            return String(entry.prefix { $0 != " " })
        }
        return nil
    }
}
