// Measures Anneal's Trainer throughput on an MLP with cross-entropy and Adam, on data written by the driver.
//
// Usage: TrainingBench --data FILE --rows R --inputs I --hidden H1,H2 --outputs O --batch B --threads T
//                      [--seconds S] [--warmup W]
// FILE holds R×I little-endian Float32 features then R little-endian Int32 labels (written by
// scripts/bench/train_vs_torch). Prints one JSON line: samples/s over the timed steps, steps, peak RSS (KiB).
import Foundation
import Schedules
import Tensors
import Training

#if canImport(Glibc)
    import Glibc
    let rusageSelf = RUSAGE_SELF.rawValue
#elseif canImport(Darwin)
    import Darwin
    let rusageSelf = RUSAGE_SELF
#endif

func option(_ name: String, _ fallback: String? = nil) -> String {
    let args = CommandLine.arguments
    if let i = args.firstIndex(of: "--\(name)"), i + 1 < args.count { return args[i + 1] }
    guard let fallback else {
        FileHandle.standardError.write(Data("missing --\(name)\n".utf8))
        exit(2)
    }
    return fallback
}

/// Stops the run once `seconds` have passed after the warm-up steps, and measures the timed part.
final class Stopwatch: TrainingObserver {
    let warmup: Int
    let seconds: Double
    let flag: StopFlag
    var start: UInt64 = 0
    var end: UInt64 = 0
    var timedSteps = 0
    init(warmup: Int, seconds: Double, flag: StopFlag) {
        self.warmup = warmup
        self.seconds = seconds
        self.flag = flag
    }
    func trainerDidStep(_ report: StepReport) {
        let now = DispatchTime.now().uptimeNanoseconds
        if report.step == warmup {
            start = now
            return
        }
        guard report.step > warmup else { return }
        timedSteps += 1
        end = now
        if Double(now - start) / 1e9 >= seconds { flag.requestStop() }
    }
}

let rows = Int(option("rows"))!
let inputs = Int(option("inputs"))!
let hidden = option("hidden").split(separator: ",").map { Int($0)! }
let outputs = Int(option("outputs"))!
let batch = Int(option("batch"))!
let seconds = Double(option("seconds", "3"))!
let warmup = Int(option("warmup", "20"))!
ComputeSettings.threadCount = Int(option("threads", "1"))!

let raw = try Data(contentsOf: URL(fileURLWithPath: option("data")))
guard raw.count == rows * inputs * 4 + rows * 4 else {
    FileHandle.standardError.write(Data("data file has \(raw.count) bytes, expected \(rows * (inputs + 1) * 4)\n".utf8))
    exit(2)
}
var features = Matrix(rows: rows, columns: inputs)
var labels = Matrix(rows: rows, columns: 1)
raw.withUnsafeBytes { bytes in
    features.withUnsafeMutableBufferPointer { f in
        for i in 0..<f.count {
            f[i] = Float(bitPattern: UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self)))
        }
    }
    labels.withUnsafeMutableBufferPointer { l in
        for i in 0..<l.count {
            l[i] = Float(
                Int32(littleEndian: bytes.loadUnaligned(fromByteOffset: 4 * (rows * inputs + i), as: Int32.self)))
        }
    }
}
let data = try TrainingData(features: features, targets: labels)
let model = try Sequential.mlp(inputs: inputs, hidden: hidden, outputs: outputs, seed: 0)
var configuration = TrainerConfiguration(
    steps: Int.max / 2, batchSize: batch, seed: 0,
    schedule: ScheduleSpec(type: "constant", parameters: ["lr": 1e-3, "factor": 1]))
configuration.divergenceGuard = nil
let flag = StopFlag()
var trainer = try Trainer(
    model: model, optimizer: Adam(), loss: CrossEntropyLoss(), configuration: configuration, stopFlag: flag)
let stopwatch = Stopwatch(warmup: warmup, seconds: seconds, flag: flag)
trainer.observers.append(stopwatch)
let result = try trainer.fit(training: data)
var usage = rusage()
getrusage(rusageSelf, &usage)
let elapsed = Double(stopwatch.end - stopwatch.start) / 1e9
let throughput = Double(stopwatch.timedSteps * batch) / elapsed
print(
    "{\"impl\": \"anneal\", \"samples_per_second\": \(throughput), \"timed_steps\": \(stopwatch.timedSteps), "
        + "\"final_loss\": \(result.trainingLoss ?? .nan), \"max_rss_kib\": \(usage.ru_maxrss)}")
