import Foundation

/// Buffers a run's metric points in memory and writes them in batches: every `flushEvery` points, every `interval`
/// after the first unwritten point, on ``flush()`` and on ``finish(status:)``.
///
/// When ``flush()`` returns, every point logged before the call is committed and survives a crash of the process.
/// Writes happen one after another (a later flush waits for earlier ones), and a failed batch stays buffered for
/// the next flush, so a transient store error loses nothing.
public actor MetricLogger {
    /// The store points are written to.
    public nonisolated let store: any Store
    /// The run the points belong to.
    public nonisolated let runID: String
    /// Points per automatic flush.
    public nonisolated let flushEvery: Int
    /// Longest time a point waits in memory before an automatic flush.
    public nonisolated let interval: Duration

    private var buffer: [MetricSample] = []
    private var lastWrite: Task<Void, any Error>?
    private var timer: Task<Void, Never>?
    /// Number of points committed to the store so far.
    public private(set) var acknowledgedCount = 0
    /// Why the last automatic (timer) flush failed, if it did; the points stay buffered for the next flush.
    public private(set) var lastBackgroundError: TrackingError?

    /// Creates a logger for one run.
    /// - Parameters:
    ///   - store: where points are written.
    ///   - runID: the run they belong to.
    ///   - flushEvery: points per automatic flush (at least 1; default 1000).
    ///   - interval: time after which buffered points are flushed anyway (default 500 ms).
    public init(store: any Store, runID: String, flushEvery: Int = 1000, interval: Duration = .milliseconds(500)) {
        self.store = store
        self.runID = runID
        self.flushEvery = max(1, flushEvery)
        self.interval = interval
    }

    /// Number of points waiting in memory.
    public var pendingCount: Int { buffer.count }

    /// Logs one value of `key` at `step`.
    public func log(_ key: String, step: Int64, value: Double, wallTime: Date = Date()) async throws {
        buffer.append(MetricSample(key: key, step: step, value: value, wallTime: wallTime))
        try await afterAppend()
    }

    /// Logs several samples at once.
    public func log(_ samples: [MetricSample]) async throws {
        buffer.append(contentsOf: samples)
        try await afterAppend()
    }

    /// Writes every buffered point in one transaction and waits until it (and every earlier write) is committed.
    /// - Throws: the store's error; the points stay buffered for the next flush.
    public func flush() async throws {
        timer?.cancel()
        timer = nil
        let batch = buffer
        buffer = []
        let previous = lastWrite
        let store = self.store
        let runID = self.runID
        let write = Task {
            if let previous { try await previous.value }
            try await store.logMetrics(batch, runID: runID)
        }
        lastWrite = write
        do {
            try await write.value
            acknowledgedCount += batch.count
        } catch {
            buffer = batch + buffer
            throw error
        }
    }

    /// Flushes and marks the run ended with `status`.
    public func finish(status: RunStatus = .finished) async throws {
        try await flush()
        try await store.finishRun(id: runID, status: status, endTime: Date())
    }

    private func afterAppend() async throws {
        if buffer.count >= flushEvery {
            try await flush()
        } else if timer == nil {
            let interval = self.interval
            timer = Task { [weak self] in
                try? await Task.sleep(for: interval)
                guard !Task.isCancelled else { return }
                await self?.timerFired()
            }
        }
    }

    private func timerFired() async {
        timer = nil
        guard !buffer.isEmpty else { return }
        do {
            try await flush()
            lastBackgroundError = nil
        } catch let error as TrackingError {
            lastBackgroundError = error
        } catch {
            lastBackgroundError = TrackingError(.database, "background flush of run \(runID) failed: \(error)")
        }
    }
}
