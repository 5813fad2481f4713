// DriftBench: times Drift's hot paths and prints one JSON object per measurement.
// Usage: DriftBench adwin N | ks N | psi N | report ROWS COLUMNS | csvreport ROWS COLUMNS [REPEATS] | falsealarms N
import Drift
import Foundation

/// SplitMix64 uniforms, identical to scripts/fixtures/drift_*.py, so the Python peers see the same streams.
struct SplitMix {
    var generator: SplitMix64
    init(state: UInt64) { generator = SplitMix64(seed: state) }
    mutating func next() -> Double { generator.nextUnit() }
    mutating func bell() -> Double {
        let (a, b, c, d) = (next(), next(), next(), next())
        return ((a + b) + (c + d)) - 2.0
    }
}

func bells(seed: UInt64, count: Int, shift: Double = 0) -> [Double] {
    var rng = SplitMix(state: seed)
    return (0..<count).map { _ in rng.bell() + shift }
}

func bernoulli(seed: UInt64, count: Int, p: Double) -> [Double] {
    var rng = SplitMix(state: seed)
    return (0..<count).map { _ in rng.next() < p ? 1 : 0 }
}

/// CPU seconds of the calling thread spent in `body`: robust to other processes sharing the machine.
/// (Python's peer uses `time.thread_time()`, the same clock.)
func seconds(_ body: () throws -> Void) rethrows -> Double {
    func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
    let start = now()
    try body()
    return now() - start
}

/// Wall-clock seconds spent in `body` (for the multi-threaded report).
func wallSeconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// User + system CPU seconds of the whole process (all threads).
func processCPU() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

func emit(_ fields: [String: Any]) {
    let data = try! JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
    print(String(decoding: data, as: UTF8.self))
}

let arguments = CommandLine.arguments.dropFirst()
let command = arguments.first ?? "help"
let n = arguments.dropFirst().first.flatMap { Int($0) } ?? 1_000_000

switch command {
case "adwin":
    let stream = bells(seed: 1, count: n / 2) + bells(seed: 2, count: n / 2, shift: 0.5)
    var best = Double.infinity
    var drifts = 0
    for _ in 0..<3 {
        var detector = try ADWIN()
        var found = 0
        let time = seconds { for x in stream where detector.update(x) == .drift { found += 1 } }
        best = min(best, time)
        drifts = found
    }
    emit(["bench": "adwin", "n": n, "seconds": best, "updates_per_second": Double(n) / best, "drifts": drifts])
case "ks", "psi":
    let reference = bells(seed: 1, count: n)
    let current = bells(seed: 2, count: n, shift: 0.01)
    var best = Double.infinity
    var bestWall = Double.infinity
    var statistic = 0.0
    var pValue = -1.0
    for _ in 0..<3 {
        var time = 0.0
        let wall = try wallSeconds {
            time = try seconds {
                if command == "ks" {
                    let result = try KolmogorovSmirnov.test(reference: reference, current: current)
                    (statistic, pValue) = (result.statistic, result.pValue ?? -1)
                } else {
                    statistic = try PopulationStabilityIndex.index(reference: reference, current: current).statistic
                }
            }
        }
        best = min(best, time)
        bestWall = min(bestWall, wall)
    }
    emit([
        "bench": command, "n": n, "seconds": best, "wall_seconds": bestWall, "statistic": statistic,
        "p_value": pValue,
    ])
case "report":
    let columns = arguments.dropFirst(2).first.flatMap { Int($0) } ?? 50
    let reference = (0..<columns).map { DriftColumn.numeric("c\($0)", bells(seed: UInt64($0), count: n)) }
    let current = (0..<columns).map {
        DriftColumn.numeric("c\($0)", bells(seed: UInt64(1000 + $0), count: n, shift: $0 % 3 == 0 ? 0.2 : 0))
    }
    let cpuStart = processCPU()
    var profile: ReferenceProfile?
    let profileTime = try wallSeconds { profile = try ReferenceProfile(reference) }
    var report: DriftReport?
    let reportTime = try wallSeconds { report = try DriftReport(reference: profile!, current: current) }
    let cpu = processCPU() - cpuStart
    emit([
        "bench": "report", "rows": n, "columns": columns, "profile_seconds": profileTime, "cpu_seconds": cpu,
        "report_seconds": reportTime, "total_seconds": profileTime + reportTime,
        "drifted_columns": report!.driftedColumns, "test": report!.columns[0].test.rawValue,
    ])
case "csvreport":
    let columns = arguments.dropFirst(2).first.flatMap { Int($0) } ?? 50
    let repeats = arguments.dropFirst(3).first.flatMap { Int($0) } ?? 3
    try csvReport(rows: n, columns: columns, repeats: repeats)
case "falsealarms":
    let gaussian = bells(seed: 11, count: n)
    let errors = bernoulli(seed: 12, count: n, p: 0.2)
    var counts: [String: Int] = [:]
    func count<D: StreamingDetector>(_ name: String, _ detector: D, _ stream: [Double]) {
        var detector = detector
        counts[name] = detector.driftIndexes(in: stream).count
    }
    count("ADWIN/gaussian", try ADWIN(), gaussian)
    count("PageHinkley/gaussian", PageHinkley(), gaussian)
    count("KSWIN/gaussian", try KSWIN(seed: 42), gaussian)
    count("ADWIN/bernoulli", try ADWIN(), errors)
    count("PageHinkley/bernoulli", PageHinkley(), errors)
    count("DDM/bernoulli", DDM(), errors)
    count("EDDM/bernoulli", try EDDM(), errors)
    count("HDDM_A/bernoulli", HDDMA(), errors)
    count("HDDM_W/bernoulli", HDDMW(), errors)
    emit(["bench": "falsealarms", "n": n, "counts": counts])
default:
    print(
        "usage: DriftBench adwin N | ks N | psi N | report ROWS COLUMNS | csvreport ROWS COLUMNS [REPEATS] | falsealarms N"
    )
}
