import Foundation
import Testing

@testable import Tracking

/// Several real processes write one store at once; afterwards every point is present and the audit chain is intact.
@Suite(
    "Several processes share one store", .serialized,
    .enabled(if: ChildProcess.isSupported, "child processes re-launch the test binary, which needs Linux"))
struct MultiProcessTests {
    static let pointsPerProcess: Int64 = 100_000

    static func concurrentLogging(backend: StoreBackend, processes: Int) async throws {
        let test = try await TestStore.make(backend)
        let outputs = (0..<processes).map { test.folder.appendingPathComponent("child-\($0).out") }
        // Create the schema first so children race on data, not on creating tables.
        try await test.open().close()
        let children = try outputs.enumerated().map { index, output in
            try ChildProcess.launch(
                role: "log", store: test, output: output,
                extra: ["ANNEAL_CHILD_POINTS": "\(pointsPerProcess)", "ANNEAL_CHILD_INDEX": "\(index)"])
        }
        for child in children { await ChildProcess.wait(child) }
        for (child, output) in zip(children, outputs) {
            #expect(child.terminationStatus == 0, "child failed; its output: \(ChildProcess.lines(output))")
            #expect(ChildProcess.lines(output).last == "DONE")
        }
        let store = try await test.open()
        let runs = try await store.runs(experiment: "concurrency", status: nil)
        #expect(runs.count == processes)
        #expect(runs.allSatisfy { $0.status == .finished })
        for run in runs {
            let steps = try await store.metricSeries(runID: run.id, key: "loss").map(\.step)
            #expect(steps == Array(0..<pointsPerProcess), "run \(run.name) lost or duplicated points")
        }
        let audit = try await store.verifyAudit()
        #expect(audit.isIntact, "\(audit)")
        #expect(audit.eventCount == processes * Int((pointsPerProcess + 4999) / 5000))
        try await store.close()
        await test.remove()
    }

    @Test("4 processes log 100k points each into SQLite")
    func sqlite() async throws {
        try await Self.concurrentLogging(backend: .sqlite, processes: 4)
    }

    @Test(
        "8 processes log 100k points each into PostgreSQL",
        .enabled(if: TestPostgres.url != nil, "\(TestPostgres.skipMessage)"))
    func postgres() async throws {
        try await Self.concurrentLogging(backend: .postgres, processes: 8)
    }

    @Test("a process killed with SIGKILL mid-logging loses no acknowledged point", arguments: StoreBackend.testable)
    func crash(backend: StoreBackend) async throws {
        let test = try await TestStore.make(backend)
        try await test.open().close()
        let output = test.folder.appendingPathComponent("crash.out")
        let child = try ChildProcess.launch(role: "crash", store: test, output: output)
        // Wait until the child has acknowledged a few batches, then kill it without warning.
        var acknowledged = 0
        for _ in 0..<6000 {
            acknowledged = ChildProcess.lines(output).filter { $0.hasPrefix("ACK ") }.count
            if acknowledged >= 8 || !child.isRunning { break }
            try await Task.sleep(nanoseconds: 10_000_000)
        }
        #expect(child.isRunning, "the child stopped before it was killed: \(ChildProcess.lines(output))")
        kill(child.processIdentifier, SIGKILL)
        await ChildProcess.wait(child)
        #expect(child.terminationReason == .uncaughtSignal)

        let lines = ChildProcess.lines(output)
        let runID = try #require(lines.first { $0.hasPrefix("RUN ") }).dropFirst(4)
        let acked = lines.compactMap { $0.hasPrefix("ACK ") ? Int($0.dropFirst(4)) : nil }.max() ?? 0
        #expect(acked >= 8 * 250)
        let store = try await test.open()
        let steps = try await store.metricSeries(runID: String(runID), key: "loss").map(\.step)
        #expect(steps.count >= acked)
        #expect(Array(steps.prefix(acked)) == Array(0..<Int64(acked)), "an acknowledged point is missing")
        #expect(Set(steps).count == steps.count, "a point was written twice")
        #expect(try await store.run(id: String(runID)).status == .running)
        try await store.close()
        await test.remove()
    }
}
