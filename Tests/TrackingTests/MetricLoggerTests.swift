import Foundation
import Testing

@testable import Tracking

@Suite("Metric logger batching")
struct MetricLoggerTests {
    @Test("flushes every N points, on flush() and on finish", arguments: StoreBackend.testable)
    func countBatches(backend: StoreBackend) async throws {
        try await withStore(backend) { store, _ in
            let run = try await store.startRun(RunStart())
            let logger = MetricLogger(store: store, runID: run.id, flushEvery: 100, interval: .seconds(3600))
            for step in 0..<250 { try await logger.log("loss", step: Int64(step), value: Double(step)) }
            #expect(await logger.acknowledgedCount == 200)
            #expect(await logger.pendingCount == 50)
            #expect(try await store.metricCount(runID: run.id, key: "loss") == 200)
            try await logger.flush()
            #expect(try await store.metricCount(runID: run.id, key: "loss") == 250)
            try await logger.log([MetricSample(key: "acc", step: 0, value: 0.5)])
            try await logger.finish(status: .finished)
            #expect(try await store.metricCount(runID: run.id, key: nil) == 251)
            #expect(try await store.run(id: run.id).status == .finished)
            let steps = try await store.metricSeries(runID: run.id, key: "loss").map(\.step)
            #expect(steps == (0..<250).map(Int64.init))
        }
    }

    @Test("flushes buffered points after the interval without further logging", arguments: StoreBackend.testable)
    func timedFlush(backend: StoreBackend) async throws {
        try await withStore(backend) { store, _ in
            let run = try await store.startRun(RunStart())
            let logger = MetricLogger(store: store, runID: run.id, flushEvery: 1_000_000, interval: .milliseconds(50))
            try await logger.log("loss", step: 0, value: 1)
            try await logger.log("loss", step: 1, value: 2)
            // Poll (no timing assertion): the timer must eventually write both points.
            for _ in 0..<400 where await logger.acknowledgedCount < 2 { try await Task.sleep(nanoseconds: 25_000_000) }
            #expect(await logger.acknowledgedCount == 2)
            #expect(try await store.metricCount(runID: run.id, key: "loss") == 2)
        }
    }

    @Test("a failed flush keeps the points buffered and throws", arguments: StoreBackend.testable)
    func failedFlushKeepsPoints(backend: StoreBackend) async throws {
        try await withStore(backend) { store, _ in
            let logger = MetricLogger(store: store, runID: "no-such-run", flushEvery: 10, interval: .seconds(3600))
            try await logger.log("loss", step: 0, value: 1)
            await expectTrackingError(.notFound) { try await logger.flush() }
            #expect(await logger.pendingCount == 1)
            #expect(await logger.acknowledgedCount == 0)
        }
    }
}
