import Foundation

/// Temporary files and fixtures for the Datasets tests.
enum TestFiles {
    /// One directory per test process, removed when the process exits.
    static let directory: URL = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("anneal-datasets-tests-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: TestFiles.directory) }
        return url
    }()

    /// Writes `text` to a fresh temporary file and returns its path.
    static func write(_ text: String, name: String = "data.csv") throws -> String {
        try write(Data(text.utf8), name: name)
    }

    /// Writes `bytes` to a fresh temporary file and returns its path.
    static func write(_ bytes: Data, name: String = "data.csv") throws -> String {
        let url = directory.appendingPathComponent("\(UUID().uuidString)-\(name)")
        try bytes.write(to: url)
        return url.path
    }

    /// The URL of a committed fixture next to the tests.
    static func fixture(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
    }
}
