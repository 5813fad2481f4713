import Foundation

/// Runs the built `anneal` executable as a user would, capturing its output and exit status.
struct AnnealProcess {
    struct Result {
        let status: Int32
        let output: String
        let error: String
    }

    /// The `anneal` binary next to the test bundle (SwiftPM builds both into the same folder).
    static var binary: URL {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent(".build/debug"),
        ]
        for folder in candidates {
            var url = folder
            while url.path != "/" {
                let binary = url.appendingPathComponent("anneal")
                if FileManager.default.isExecutableFile(atPath: binary.path) { return binary }
                if url.lastPathComponent.hasSuffix(".xctest") || url.path.contains(".xctest/") {
                    url = url.deletingLastPathComponent()
                } else {
                    break
                }
            }
        }
        return candidates[0].appendingPathComponent("anneal")
    }

    /// Runs `anneal` with `arguments` in `directory`.
    static func run(_ arguments: [String], in directory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
            error: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("anneal-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
