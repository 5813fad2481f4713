import Foundation

/// A temporary folder holding a tracking store, and `anneal` runs against it (with `--store` or an environment).
struct StoreSandbox {
    /// The temporary folder.
    let folder: URL

    /// The store folder inside it (`anneal.sqlite` and `artifacts/`).
    var store: String { folder.appendingPathComponent("store").path }
    /// The SQLite database of the store.
    var database: String { folder.appendingPathComponent("store/anneal.sqlite").path }

    init() throws { folder = try AnnealProcess.temporaryFolder() }

    /// Runs `anneal arguments --store <store>` (the store option goes last, after any positional arguments).
    func anneal(_ arguments: [String], environment: [String: String] = [:]) throws -> AnnealProcess.Result {
        try Self.run(arguments + ["--store", store], environment: environment, in: folder)
    }

    /// Runs `anneal` with extra environment variables (and `ANNEAL_STORE` removed unless given).
    static func run(_ arguments: [String], environment: [String: String] = [:], in directory: URL? = nil) throws
        -> AnnealProcess.Result
    {
        let process = Process()
        process.executableURL = AnnealProcess.binary
        process.arguments = arguments
        var merged = ProcessInfo.processInfo.environment
        merged["ANNEAL_STORE"] = nil
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        if let directory { process.currentDirectoryURL = directory }
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return AnnealProcess.Result(
            status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
            error: String(decoding: errorData, as: UTF8.self))
    }

    /// Generates a small two-moons CSV in the folder and returns its path and target column.
    func moons(rows: Int = 200, seed: Int = 1) throws -> (path: String, target: String) {
        let path = folder.appendingPathComponent("moons-\(seed).csv").path
        let result = try AnnealProcess.run(["data", "generate", "moons", "--rows", "\(rows)", "--seed", "\(seed)", "--out", path])
        guard result.status == 0 else { throw Failure("data generate failed: \(result.error)") }
        let header = try String(contentsOfFile: path, encoding: .utf8).prefix { $0 != "\n" }
        guard let target = header.split(separator: ",").last else { throw Failure("no header in \(path)") }
        return (path, String(target))
    }

    /// Trains a tiny model (20 steps) into the store and returns the new run's id.
    func train(experiment: String = "moons", seed: Int = 1, steps: Int = 20) throws -> String {
        let data = try moons(seed: seed)
        let out = folder.appendingPathComponent("model-\(seed)-\(UUID().uuidString.prefix(6)).annealmodel").path
        let result = try anneal([
            "train", "--data", data.path, "--target", data.target, "--steps", "\(steps)", "--experiment", experiment,
            "--seed", "\(seed)", "--out", out,
        ])
        guard result.status == 0 else { throw Failure("train failed (\(result.status)): \(result.error)") }
        let runs = try anneal(["runs", "list", "--format", "json"])
        guard let rows = try JSONSerialization.jsonObject(with: Data(runs.output.utf8)) as? [[String: Any]],
            let run = rows.first?["run"] as? [String: Any], let id = run["id"] as? String
        else { throw Failure("runs list gave no run: \(runs.output) \(runs.error)") }
        return id
    }

    /// The file holding a run's model artifact (`artifacts/sha256/<first two>/<sha256>`).
    func modelArtifactFile(run: String) throws -> URL {
        let shown = try anneal(["runs", "show", run, "--format", "json"])
        let details = try Self.json(shown) as? [String: Any]
        let artifacts = details?["artifacts"] as? [[String: Any]] ?? []
        guard let model = artifacts.compactMap({ $0["artifact"] as? [String: Any] }).first(where: { $0["kind"] as? String == "model" }),
            let sha = model["sha256"] as? String
        else { throw Failure("run \(run) has no model artifact: \(shown.output)") }
        return folder.appendingPathComponent("store/artifacts/sha256/\(sha.prefix(2))/\(sha)")
    }

    /// Runs SQL on the store's database with the sqlite3 tool (to play an attacker editing the file).
    func sqlite(_ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", database, sql]
        let error = Pipe()
        process.standardError = error
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw Failure("sqlite3 failed (install it with `apt-get install -y sqlite3`): \(message)")
        }
    }

    /// Whether the built `anneal` has the `train` command (written by another part of the CLI).
    static let trainIsAvailable: Bool = {
        guard let help = try? AnnealProcess.run(["--help"]) else { return false }
        return help.output.contains("\n  train ")
    }()

    /// A setup step of a test that went wrong.
    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    /// Parses standard output as JSON.
    static func json(_ result: AnnealProcess.Result) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(result.output.utf8))
    }
}
