import Foundation

/// Temporary files and fixtures for the Datasets tests.
enum TestFiles {
    /// Writes `text` to a fresh temporary file and returns its path.
    static func write(_ text: String, name: String = "data.csv") throws -> String {
        try write(Data(text.utf8), name: name)
    }

    /// Writes `bytes` to a fresh temporary file and returns its path.
    static func write(_ bytes: Data, name: String = "data.csv") throws -> String {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("anneal-datasets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try bytes.write(to: url)
        return url.path
    }

    /// The URL of a committed fixture next to the tests.
    static func fixture(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
    }
}
