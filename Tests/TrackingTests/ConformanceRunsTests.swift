import Foundation
import Testing

@testable import Tracking

@Suite("Store conformance: experiments and runs")
struct ConformanceRunsTests {
    @Test("a started run is RUNNING and carries everything it was started with", arguments: StoreBackend.testable)
    func startAndRead(backend: StoreBackend) async throws {
        try await withStore(backend) { store, _ in
            let start = RunStart(
                experiment: "lr-study", name: "cosine-1", params: ["lr": "0.1", "optimizer": "sgd"],
                tags: ["owner": "alice"], scheduleSpec: #"{"kind":"cosine","base":0.1}"#,
                datasetCards: [DatasetCard(role: "train", json: #"{"rows":100}"#)], host: "node-7",
                codeVersion: "abc123", startTime: Date(timeIntervalSince1970: 1_764_400_000))
            let run = try await store.startRun(start)
            #expect(run.status == .running)
            #expect(run.name == "cosine-1")
            #expect(run.host == "node-7")
            #expect(run.codeVersion == "abc123")
            #expect(run.params == ["lr": "0.1", "optimizer": "sgd"])
            #expect(run.tags == ["owner": "alice"])
            #expect(run.scheduleSpec == #"{"kind":"cosine","base":0.1}"#)
            #expect(run.datasetCards == [DatasetCard(role: "train", json: #"{"rows":100}"#)])
            #expect(run.startTime == Date(timeIntervalSince1970: 1_764_400_000))
            #expect(run.endTime == nil)
            let experiments = try await store.experiments()
            #expect(experiments.map(\.name) == ["lr-study"])
            #expect(run.experimentID == experiments[0].id)
            #expect(try await store.run(id: run.id) == run)
        }
    }

    @Test("createExperiment is idempotent by name", arguments: StoreBackend.testable)
    func experimentIdempotent(backend: StoreBackend) async throws {
        try await withStore(backend) { store, _ in
            let first = try await store.createExperiment(named: "a")
            let again = try await store.createExperiment(named: "a")
            #expect(first == again)
            _ = try await store.createExperiment(named: "b")
            #expect(Set(try await store.experiments().map(\.name)) == ["a", "b"])
            await expectTrackingError(.invalidArgument) { _ = try await store.createExperiment(named: "") }
        }
    }

    @Test(
        "params are immutable: same value accepted, different value rejected naming both",
        arguments: StoreBackend.testable)
    func immutableParams(backend: StoreBackend) async throws {
        try await withStore(backend) { store, _ in
            let run = try await store.startRun(RunStart(params: ["lr": "0.1"]))
            try await store.setParams(["lr": "0.1", "batch": "32"], runID: run.id)
            let error = await expectTrackingError(.immutableParam) {
                try await store.setParams(["lr": "0.2"], runID: run.id)
            }
            #expect(error?.message.contains("'0.1'") == true)
            #expect(error?.message.contains("'0.2'") == true)
            #expect(try await store.run(id: run.id).params == ["lr": "0.1", "batch": "32"])
        }
    }

    @Test("tags overwrite, spec and cards are recorded after start", arguments: StoreBackend.testable)
    func tagsSpecCards(backend: StoreBackend) async throws {
        try await withStore(backend) { store, _ in
            let run = try await store.startRun(RunStart(tags: ["stage": "dev"]))
            try await store.setTags(["stage": "prod", "team": "ml"], runID: run.id)
            try await store.setScheduleSpec(#"{"kind":"step"}"#, runID: run.id)
            try await store.addDatasetCard(DatasetCard(role: "validation", json: "{}"), runID: run.id)
            let read = try await store.run(id: run.id)
            #expect(read.tags == ["stage": "prod", "team": "ml"])
            #expect(read.scheduleSpec == #"{"kind":"step"}"#)
            #expect(read.datasetCards.map(\.role) == ["validation"])
        }
    }

    @Test("finishing sets status and end time once; a second finish is a conflict", arguments: StoreBackend.testable)
    func finish(backend: StoreBackend) async throws {
        try await withStore(backend) { store, _ in
            let run = try await store.startRun(RunStart())
            let end = Date(timeIntervalSince1970: 1_764_400_100)
            try await store.finishRun(id: run.id, status: .failed, endTime: end)
            let read = try await store.run(id: run.id)
            #expect(read.status == .failed)
            #expect(read.endTime == end)
            await expectTrackingError(.conflict) {
                try await store.finishRun(id: run.id, status: .finished, endTime: end)
            }
        }
    }

    @Test("unknown run ids are notFound errors naming the id", arguments: StoreBackend.testable)
    func unknownRun(backend: StoreBackend) async throws {
        try await withStore(backend) { store, _ in
            let error = await expectTrackingError(.notFound) { _ = try await store.run(id: "nope") }
            #expect(error?.message.contains("nope") == true)
            await expectTrackingError(.notFound) { try await store.setTags(["a": "b"], runID: "nope") }
            await expectTrackingError(.notFound) {
                try await store.logMetrics([MetricSample(key: "loss", step: 0, value: 1)], runID: "nope")
            }
        }
    }

    @Test("runs filter by experiment and status, newest first", arguments: StoreBackend.testable)
    func listRuns(backend: StoreBackend) async throws {
        try await withStore(backend) { store, _ in
            let a1 = try await store.startRun(RunStart(experiment: "a", startTime: Date(timeIntervalSince1970: 10)))
            let a2 = try await store.startRun(RunStart(experiment: "a", startTime: Date(timeIntervalSince1970: 20)))
            let b1 = try await store.startRun(RunStart(experiment: "b", startTime: Date(timeIntervalSince1970: 30)))
            try await store.finishRun(id: a1.id, status: .finished, endTime: Date(timeIntervalSince1970: 40))
            #expect(try await store.runs(experiment: nil, status: nil).map(\.id) == [b1.id, a2.id, a1.id])
            #expect(try await store.runs(experiment: "a", status: nil).map(\.id) == [a2.id, a1.id])
            #expect(try await store.runs(experiment: "a", status: .finished).map(\.id) == [a1.id])
            #expect(try await store.runs(experiment: "zzz", status: nil).isEmpty)
        }
    }
}
