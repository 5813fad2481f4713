import Foundation
import Testing

@testable import Tracking

@Suite("Store conformance: metric series")
struct ConformanceMetricsTests {
    static func sample(_ key: String, _ step: Int64, _ value: Double) -> MetricSample {
        MetricSample(
            key: key, step: step, value: value, wallTime: Date(timeIntervalSince1970: 1_764_400_000 + Double(step)))
    }

    @Test("series round-trip in step order, NaN and infinities included", arguments: StoreBackend.testable)
    func roundTrip(backend: StoreBackend) async throws {
        try await withStore(backend) { store, _ in
            let run = try await store.startRun(RunStart())
            let loss = [Self.sample("loss", 2, 0.5), Self.sample("loss", 0, 2.0), Self.sample("loss", 1, .nan)]
            let lr = [Self.sample("lr", 0, 0.1), Self.sample("lr", 1, .infinity), Self.sample("lr", 2, -.infinity)]
            try await store.logMetrics(loss + lr, runID: run.id)
            #expect(try await store.metricKeys(runID: run.id) == ["loss", "lr"])
            let readLoss = try await store.metricSeries(runID: run.id, key: "loss")
            #expect(readLoss == loss.sorted { $0.step < $1.step })
            #expect(readLoss[1].value.isNaN)
            #expect(try await store.metricSeries(runID: run.id, key: "lr") == lr)
            #expect(try await store.metricCount(runID: run.id, key: nil) == 6)
            #expect(try await store.metricCount(runID: run.id, key: "loss") == 3)
            #expect(try await store.metricSeries(runID: run.id, key: "missing").isEmpty)
        }
    }

    @Test("empty batch is a no-op; repeated steps are all kept", arguments: StoreBackend.testable)
    func emptyAndDuplicates(backend: StoreBackend) async throws {
        try await withStore(backend) { store, _ in
            let run = try await store.startRun(RunStart())
            try await store.logMetrics([], runID: run.id)
            try await store.logMetrics([Self.sample("acc", 5, 0.1)], runID: run.id)
            try await store.logMetrics([Self.sample("acc", 5, 0.2)], runID: run.id)
            #expect(try await store.metricSeries(runID: run.id, key: "acc").map(\.value) == [0.1, 0.2])
        }
    }

    /// Reference: the same bucketing (bucket = (step - min) * n / (max - min + 1), integer division) done in Swift.
    static func referenceBuckets(_ samples: [MetricSample], buckets n: Int) -> [MetricBucket] {
        guard let low = samples.map(\.step).min(), let high = samples.map(\.step).max() else { return [] }
        let width = high - low + 1
        let groups = Dictionary(grouping: samples) { ($0.step - low) * Int64(n) / width }
        return groups.keys.sorted().map { key in
            let members = groups[key]!
            let finite = members.map(\.value).filter { !$0.isNaN }
            return MetricBucket(
                firstStep: members.map(\.step).min()!, lastStep: members.map(\.step).max()!,
                min: finite.min() ?? .nan, max: finite.max() ?? .nan,
                mean: finite.isEmpty ? .nan : finite.reduce(0, +) / Double(finite.count), count: members.count)
        }
    }

    @Test("downsampling keeps per-bucket extremes (spikes survive)", arguments: StoreBackend.testable)
    func downsample(backend: StoreBackend) async throws {
        try await withStore(backend) { store, _ in
            let run = try await store.startRun(RunStart())
            var samples = (0..<1000).map { Self.sample("loss", Int64($0), 1.0 / Double($0 + 1)) }
            samples[437].value = 50  // a spike
            samples[900].value = .nan
            try await store.logMetrics(samples, runID: run.id)
            let buckets = try await store.downsampledSeries(runID: run.id, key: "loss", buckets: 30)
            let expected = Self.referenceBuckets(samples, buckets: 30)
            #expect(buckets.count == expected.count)
            for (got, want) in zip(buckets, expected) {
                #expect(got.firstStep == want.firstStep && got.lastStep == want.lastStep && got.count == want.count)
                #expect(got.min == want.min && got.max == want.max)
                #expect(abs(got.mean - want.mean) <= 1e-12 * max(1, abs(want.mean)))
            }
            #expect(buckets.map(\.max).max() == 50)
            #expect(buckets.reduce(0) { $0 + $1.count } == 1000)
        }
    }

    @Test(
        "downsampling edge cases: one point, more buckets than points, zero buckets", arguments: StoreBackend.testable)
    func downsampleEdges(backend: StoreBackend) async throws {
        try await withStore(backend) { store, _ in
            let run = try await store.startRun(RunStart())
            try await store.logMetrics([Self.sample("x", 7, 3)], runID: run.id)
            #expect(
                try await store.downsampledSeries(runID: run.id, key: "x", buckets: 10)
                    == [MetricBucket(firstStep: 7, lastStep: 7, min: 3, max: 3, mean: 3, count: 1)])
            try await store.logMetrics([Self.sample("y", 0, 1), Self.sample("y", 1, 2)], runID: run.id)
            #expect(try await store.downsampledSeries(runID: run.id, key: "y", buckets: 100).count == 2)
            #expect(try await store.downsampledSeries(runID: run.id, key: "none", buckets: 5).isEmpty)
            await expectTrackingError(.invalidArgument) {
                _ = try await store.downsampledSeries(runID: run.id, key: "y", buckets: 0)
            }
        }
    }
}
