// TrackingBench: logs metric workloads into an Anneal store and prints throughput as one JSON line.
//
//   TrackingBench workload   --store <path|postgres://…> [--runs 100 --metrics 10 --steps 1000 --batch 1000]
//   TrackingBench concurrent --store <…> [--processes 4 --points 100000 --batch 1000]
//
// `workload` is the MLflow comparison: runs × metrics × steps points, one run after another, flushed in batches of
// `--batch` (MLflow's log_batch takes at most 1000 metrics per call). `concurrent` launches `--processes` copies of
// this executable, each logging `--points` points into its own run at the same time, then checks every point arrived.
import Foundation
import Tracking

struct Options {
    var values: [String: String] = [:]
    init(_ arguments: ArraySlice<String>) {
        var iterator = arguments.makeIterator()
        while let key = iterator.next() {
            if key.hasPrefix("--"), let value = iterator.next() { values[String(key.dropFirst(2))] = value }
        }
    }
    func int(_ name: String, _ fallback: Int) -> Int { values[name].flatMap(Int.init) ?? fallback }
    func store() throws -> StoreLocation {
        try StoreLocation(
            parsing: values["store"] ?? ".anneal",
            artifactDirectory: values["artifacts"].map { URL(fileURLWithPath: $0) })
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(1)
}

func workload(_ options: Options) async throws {
    let runs = options.int("runs", 100)
    let metrics = options.int("metrics", 10)
    let steps = options.int("steps", 1000)
    let batch = options.int("batch", 1000)
    let store = try await options.store().open()
    let started = DispatchTime.now()
    for runIndex in 0..<runs {
        let run = try await store.startRun(
            RunStart(experiment: "bench", name: "run-\(runIndex)", params: ["lr": "0.1", "index": "\(runIndex)"]))
        let logger = MetricLogger(store: store, runID: run.id, flushEvery: batch, interval: .seconds(3600))
        let now = Date()
        for step in 0..<steps {
            for metric in 0..<metrics {
                try await logger.log(
                    "m\(metric)", step: Int64(step), value: Double(step) * 0.001 + Double(metric), wallTime: now)
            }
        }
        try await logger.finish()
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
    let points = runs * metrics * steps
    let stored = try await store.runs(experiment: "bench", status: .finished).count
    guard stored == runs else { fail("expected \(runs) finished runs, found \(stored)") }
    try await store.close()
    print(
        #"{"backend":"\#(options.values["store"] ?? "")","points":\#(points),"seconds":\#(seconds),"points_per_s":\#(Double(points) / seconds)}"#
    )
}

func child(_ options: Options) async throws {
    let points = options.int("points", 100_000)
    let batch = options.int("batch", 1000)
    let store = try await options.store().open()
    let run = try await store.startRun(RunStart(experiment: "concurrent", name: "process-\(options.int("index", 0))"))
    let logger = MetricLogger(store: store, runID: run.id, flushEvery: batch, interval: .seconds(1))
    for step in 0..<points { try await logger.log("loss", step: Int64(step), value: 1 / Double(step + 1)) }
    try await logger.finish()
    try await store.close()
}

func concurrent(_ options: Options) async throws {
    let processes = options.int("processes", 4)
    let points = options.int("points", 100_000)
    let location = try options.store()
    try await location.open().close()  // create the schema before the children race
    let started = DispatchTime.now()
    let children = try (0..<processes).map { index -> Process in
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        var arguments = [
            "child", "--index", "\(index)", "--points", "\(points)", "--batch", "\(options.int("batch", 1000))",
        ]
        for key in ["store", "artifacts"] { if let value = options.values[key] { arguments += ["--\(key)", value] } }
        process.arguments = arguments
        try process.run()
        return process
    }
    for process in children { process.waitUntilExit() }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
    guard children.allSatisfy({ $0.terminationStatus == 0 }) else { fail("a child process failed") }
    let store = try await location.open()
    var total = 0
    for run in try await store.runs(experiment: "concurrent", status: .finished) {
        total += try await store.metricCount(runID: run.id, key: "loss")
    }
    try await store.close()
    guard total == processes * points else { fail("expected \(processes * points) points, found \(total)") }
    print(
        #"{"backend":"\#(options.values["store"] ?? "")","processes":\#(processes),"points":\#(total),"seconds":\#(seconds),"points_per_s":\#(Double(total) / seconds)}"#
    )
}

let arguments = CommandLine.arguments
let options = Options(arguments.dropFirst(2))
do {
    switch arguments.count > 1 ? arguments[1] : "" {
    case "workload": try await workload(options)
    case "concurrent": try await concurrent(options)
    case "child": try await child(options)
    default: fail("usage: TrackingBench workload|concurrent --store <path|postgres://…> [options]")
    }
} catch {
    fail("TrackingBench: \(error)")
}
