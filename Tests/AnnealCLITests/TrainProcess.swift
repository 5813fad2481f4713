import Foundation

/// Helpers for the training tests: generated data, runs with an environment, and runs that are interrupted.
enum TrainProcess {
    /// Generates `rows` rows of a synthetic dataset into `folder` and returns the file.
    static func generate(_ name: String, rows: Int = 600, seed: Int = 1, in folder: URL) throws -> URL {
        let file = folder.appendingPathComponent("\(name)-\(seed).csv")
        let result = try AnnealProcess.run([
            "data", "generate", name, "--rows", "\(rows)", "--seed", "\(seed)", "--out", file.path,
        ])
        guard result.status == 0 else { throw Failure(message: "data generate failed: \(result.error)") }
        return file
    }

    /// Runs `anneal` with extra environment variables.
    static func run(_ arguments: [String], environment: [String: String], in directory: URL? = nil) throws
        -> AnnealProcess.Result
    {
        let process = try start(arguments, environment: environment, in: directory)
        let outData = process.output.fileHandleForReading.readDataToEndOfFile()
        let errData = process.error.fileHandleForReading.readDataToEndOfFile()
        process.process.waitUntilExit()
        return AnnealProcess.Result(
            status: process.process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
            error: String(decoding: errData, as: UTF8.self))
    }

    /// A started `anneal` process with its pipes.
    struct Running {
        let process: Process
        let output: Pipe
        let error: Pipe
    }

    /// Starts `anneal` without waiting for it.
    static func start(_ arguments: [String], environment: [String: String] = [:], in directory: URL? = nil) throws
        -> Running
    {
        let process = Process()
        process.executableURL = AnnealProcess.binary
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        if let directory { process.currentDirectoryURL = directory }
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        return Running(process: process, output: output, error: error)
    }

    /// Waits until `path` holds a file whose name satisfies `match` (at most `timeout` seconds).
    static func waitForFile(in folder: URL, timeout: Double = 120, where match: (String) -> Bool) -> URL? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            if let name = names.sorted().first(where: match) { return folder.appendingPathComponent(name) }
            usleep(20_000)
        }
        return nil
    }

    /// Parses one JSON object printed by a command.
    static func json(_ text: String) throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw Failure(message: "not a JSON object: \(text)")
        }
        return object
    }

    /// A test setup failure with a message.
    struct Failure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}
