import Foundation
import Testing

@testable import Tracking

/// Real OS child processes for the concurrency and crash tests: the test binary re-launches itself running only
/// ``ChildProcessEntry``, with its role and parameters in environment variables, and reports through a file.
enum ChildProcess {
    static let roleVariable = "ANNEAL_TRACKING_CHILD"

    /// Re-launching the test binary needs it to be an executable (Linux); on macOS tests live in a bundle.
    static var isSupported: Bool {
        #if os(Linux)
            true
        #else
            false
        #endif
    }

    /// The role this process was launched for, or nil in the normal test run.
    static var role: String? { ProcessInfo.processInfo.environment[roleVariable] }

    static func environment(_ name: String) -> String { ProcessInfo.processInfo.environment[name] ?? "" }

    /// Starts the test binary as a child running only the child entry test.
    static func launch(role: String, store: TestStore, output: URL, extra: [String: String] = [:]) throws -> Process {
        let process = Process()
        let binary =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["--testing-library", "swift-testing", "--filter", "ChildProcessEntry"]
        var environment = ProcessInfo.processInfo.environment
        environment[roleVariable] = role
        environment["ANNEAL_CHILD_STORE"] = store.locationText
        environment["ANNEAL_CHILD_ARTIFACTS"] = store.location.artifactDirectory.path
        environment["ANNEAL_CHILD_OUT"] = output.path
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Waits for a child without blocking the cooperative pool.
    static func wait(_ process: Process) async {
        while process.isRunning { try? await Task.sleep(nanoseconds: 20_000_000) }
    }

    /// Lines the child wrote to its output file.
    static func lines(_ output: URL) -> [String] {
        guard let text = try? String(contentsOf: output, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map(String.init)
    }

    /// Appends a line to the output file (each `write` reaches the kernel at once, so it survives SIGKILL).
    static func report(_ line: String) {
        let path = environment("ANNEAL_CHILD_OUT")
        guard let handle = FileHandle(forWritingAtPath: path) else {
            _ = FileManager.default.createFile(atPath: path, contents: Data((line + "\n").utf8))
            return
        }
        handle.seekToEndOfFile()
        handle.write(Data((line + "\n").utf8))
        try? handle.close()
    }

    /// What a child does, by role.
    static func run() async throws {
        let location = try StoreLocation(
            parsing: environment("ANNEAL_CHILD_STORE"),
            artifactDirectory: URL(fileURLWithPath: environment("ANNEAL_CHILD_ARTIFACTS")))
        let store = try await location.open()
        let points = Int64(environment("ANNEAL_CHILD_POINTS")) ?? 1000
        let run = try await store.startRun(
            RunStart(experiment: "concurrency", name: "child-\(environment("ANNEAL_CHILD_INDEX"))"))
        report("RUN \(run.id)")
        let logger = MetricLogger(store: store, runID: run.id, flushEvery: 500, interval: .milliseconds(200))
        switch role {
        case "log":
            for step in 0..<points {
                try await logger.log("loss", step: step, value: 1 / Double(step + 1))
                if step % 5000 == 0 {
                    _ = try await store.appendAudit(
                        AuditEvent(
                            kind: "lr.plateau_cut", subject: "run:\(run.id)", details: #"{"step":\#(step)}"#,
                            actor: "child"))
                }
            }
            try await logger.finish()
            report("DONE")
        case "crash":
            for step in Int64(0)..<Int64.max {
                try await logger.log("loss", step: step, value: Double(step))
                if (step + 1) % 250 == 0 {
                    try await logger.flush()
                    report("ACK \(await logger.acknowledgedCount)")
                }
            }
        default:
            Issue.record("unknown child role \(role ?? "nil")")
        }
        try await store.close()
    }
}

/// The entry point children run. In a normal test run it is disabled (shown as skipped).
@Suite("Child process entry")
struct ChildProcessEntry {
    @Test(
        "child worker for the concurrency and crash tests",
        .enabled(if: ChildProcess.role != nil, "runs only inside a child process launched by another test"))
    func child() async throws {
        try await ChildProcess.run()
    }
}
